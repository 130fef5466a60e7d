def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [mlgate:evaluate] INFO criterion-met: f1 0.82 >= 0.8 -> PASS (src/ml/scope.yaml:3:7)')
assert log.contains('[ERROR] [mlgate:evaluate] ERROR criterion-missed: f1[plan=a] 0.7 >= 0.75 -> FAIL (src/ml/scope.yaml:5:7)')
