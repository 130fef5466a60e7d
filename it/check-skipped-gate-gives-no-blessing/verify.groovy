def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [mlgate:check] PASSED: scope PASSED, data PASSED, evaluate PASSED, baseline SKIPPED, deploy PASSED')
assert log.contains('[INFO] [mlgate:check] No blessing: baseline was skipped (skipped by mlgate.baseline.skip).')
assert !new File(basedir, 'target/mlgate/blessing.json').exists()
