def log = new File(basedir, 'build.log').text
// The metrics file alone would meet every criterion; the predictions the build names must be there all the same.
assert log.contains('[ERROR] [mlgate:evaluate] ERROR file-missing: The evidence file ml/predictions.csv does not exist; it is configured (predictionsFile / mlgate.predictions), so it must be there. (ml/predictions.csv)')
assert !log.contains('criterion-met')
assert log.contains('[ERROR] [mlgate:check] FAILED: scope PASSED, data SKIPPED, evaluate FAILED')
assert log.contains('BUILD FAILURE')
