def log = new File(basedir, 'build.log').text

assert log.contains("[ERROR] [mlgate:scope] ERROR unknown-key: Unknown key 'probelm' at the top level; did you mean 'problem'? An unknown key checks nothing, so it is an error. (src/ml/scope.yaml:89:1)")
assert log.contains('[ERROR] [mlgate:scope] FAILED: 1 error, 0 warnings in src/ml/scope.yaml (8 checks)')
assert log.contains('BUILD FAILURE')
