def log = new File(basedir, 'build.log').text

assert log.contains("[WARNING] [mlgate:scope] WARNING empty-section: Section 'owner' is present but empty; answer it or remove it. (src/ml/scope.yaml:89:1)")
assert log.contains('[ERROR] [mlgate:scope] FAILED: 0 errors, 1 warning in src/ml/scope.yaml (8 checks)')
assert log.contains("mlgate:scope failed with 0 errors, 1 warning in src/ml/scope.yaml:")
