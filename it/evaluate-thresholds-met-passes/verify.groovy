def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [mlgate:evaluate] INFO criterion-met: accuracy 0.75 >= 0.7 -> PASS (src/ml/scope.yaml:3:7)')
assert log.contains('[INFO] [mlgate:evaluate] INFO criterion-met: roc_auc 0.875 >= 0.8 -> PASS (src/ml/scope.yaml:5:7)')
assert log.contains('[INFO] [mlgate:evaluate] PASSED: 0 errors, 0 warnings in evidence/predictions.csv (4 checks)')
def metrics = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/metrics.json'))
assert metrics.metrics.accuracy == 0.75
assert metrics.slices['plan=b'].accuracy == 0.5
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
assert report.gates[0].name == 'evaluate'
assert report.gates[0].metrics.metrics.roc_auc == 0.875
