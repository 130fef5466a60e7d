def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [mlgate:evaluate] INFO criterion-met: mae 0.4333 <= 0.5 -> PASS (src/ml/scope.yaml:3:7)')
assert log.contains('[ERROR] [mlgate:evaluate] ERROR criterion-missed: r2 0.9567 >= 0.97 -> FAIL (src/ml/scope.yaml:5:7)')
