def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] [mlgate:evaluate] ERROR criterion-missed: accuracy 0.75 >= 0.9 -> FAIL (src/ml/scope.yaml:3:7)')
assert log.contains('[ERROR] [mlgate:evaluate] FAILED: 1 error, 0 warnings in evidence/predictions.csv (3 checks)')
assert log.contains('mlgate:evaluate failed with 1 error, 0 warnings in evidence/predictions.csv:')
