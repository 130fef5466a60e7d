def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [mlgate:evaluate] INFO criterion-met: accuracy 0.75 >= 0.7 -> PASS (src/ml/scope.yaml:3:7)')
assert log.contains('[INFO] [mlgate:evaluate] INFO criterion-met: accuracy[plan=a] 1 >= 0.7 -> PASS (src/ml/scope.yaml:5:7)')
assert log.contains('[ERROR] [mlgate:evaluate] ERROR criterion-missed: accuracy[plan=b] 0.5 >= 0.7 -> FAIL (src/ml/scope.yaml:5:7)')
