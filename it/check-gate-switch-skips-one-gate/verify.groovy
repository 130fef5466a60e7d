def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [mlgate:data] SKIPPED: skipped by mlgate.data.skip')
assert log.contains('[INFO] [mlgate:check] PASSED: scope PASSED, data SKIPPED, evaluate PASSED, baseline PASSED')
