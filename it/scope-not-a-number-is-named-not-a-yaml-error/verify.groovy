def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:scope] ERROR invalid-value: src/ml/scope.yaml holds .nan, which YAML reads as not-a-number; mlgate takes finite numbers only. (src/ml/scope.yaml:39:16)")
assert log.contains('[ERROR] [mlgate:scope] FAILED: 1 error, 0 warnings in src/ml/scope.yaml (8 checks)')
assert !log.contains('is not valid YAML')
assert !log.contains('Malformed numeric value')
