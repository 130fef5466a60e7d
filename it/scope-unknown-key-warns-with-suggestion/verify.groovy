def log = new File(basedir, 'build.log').text

assert log.contains("[WARNING] [mlgate:scope] WARNING unknown-key: Unknown key 'probelm' at the top level; did you mean 'problem'? (src/ml/scope.yaml:89:1)")
assert log.contains('[INFO] [mlgate:scope] PASSED: 0 errors, 1 warning in src/ml/scope.yaml (8 checks)')
assert log.contains('BUILD SUCCESS')
