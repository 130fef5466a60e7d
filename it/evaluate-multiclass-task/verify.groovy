def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [mlgate:evaluate] INFO criterion-met: f1_macro 0.5738 >= 0.5 -> PASS (src/ml/scope.yaml:3:7)')
assert log.contains('[ERROR] [mlgate:evaluate] ERROR criterion-missed: accuracy 0.6 >= 0.7 -> FAIL (src/ml/scope.yaml:5:7)')
