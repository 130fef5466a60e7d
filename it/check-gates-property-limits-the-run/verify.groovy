def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [mlgate:scope] PASSED: 0 errors, 0 warnings in src/ml/scope.yaml (8 checks)')
assert log.contains('[INFO] [mlgate:data] PASSED: 0 errors, 0 warnings in src/ml/datapackage.yaml (4 checks)')
assert log.contains('[INFO] [mlgate:evaluate] SKIPPED: not among mlgate.gates [scope, data]')
assert log.contains('[INFO] [mlgate:baseline] SKIPPED: not among mlgate.gates [scope, data]')
assert !new File(basedir, 'target/mlgate/metrics.json').exists()
