def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:scope] ERROR document-too-large: src/ml/scope.yaml holds a number longer than 1,000 digits, more than mlgate reads. (src/ml/scope.yaml:39:12)")
assert log.contains('[ERROR] [mlgate:scope] FAILED: 1 error, 0 warnings in src/ml/scope.yaml (8 checks)')
assert !log.contains('must be a number, not text')
