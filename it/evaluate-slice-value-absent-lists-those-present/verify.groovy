def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:evaluate] ERROR missing-metric: 'accuracy' is not measured on the slice plan=c: the evidence (evidence/predictions.csv) has no such slice; plan has a, b. (src/ml/scope.yaml:3:7)")
assert log.contains('[ERROR] [mlgate:evaluate] FAILED: 1 error, 0 warnings in evidence/predictions.csv (3 checks)')
