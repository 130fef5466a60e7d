def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] [mlgate:scope] PASSED: 0 errors, 0 warnings in src/ml/scope.yaml (8 checks)')
assert log.contains('BUILD SUCCESS')
assert !log.contains('[mlgate:scope] ERROR')
