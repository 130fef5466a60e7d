def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] [mlgate:evaluate] ERROR file-missing: The evidence file ml/predictions.csv does not exist; it is configured (predictionsFile / mlgate.predictions), so it must be there. (ml/predictions.csv)')
assert !log.contains('[INFO] [mlgate:evaluate] SKIPPED')
assert log.contains('[INFO] [mlgate:data] SKIPPED')
assert log.contains('BUILD FAILURE')
