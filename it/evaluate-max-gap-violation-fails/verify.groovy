def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] [mlgate:evaluate] ERROR criterion-missed: accuracy gap across plan 0.5 <= 0.2 -> FAIL (best plan=a 1, worst plan=b 0.5) (src/ml/scope.yaml:3:7)')
