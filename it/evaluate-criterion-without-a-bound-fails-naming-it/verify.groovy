def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:evaluate] ERROR missing-bound: Model criterion 'successCriteria.model[0]' (metric 'recall') sets none of 'min', 'max' or 'maxGap'; a criterion needs a bound to be checked. (src/ml/scope.yaml:3:7)")
assert log.contains("[INFO] [mlgate:evaluate] INFO criterion-met: accuracy 0.75 >= 0.5 -> PASS (src/ml/scope.yaml:5:7)")
assert log.contains("[ERROR] [mlgate:evaluate] FAILED: 1 error, 0 warnings in evidence/predictions.csv (3 checks)")
// No Java exception's text reaches the log.
assert !log.contains('java.lang')
assert !log.contains('Cannot invoke')
