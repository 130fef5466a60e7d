def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] [mlgate:check] FAILED: scope PASSED, data FAILED, evaluate FAILED, baseline PASSED')
assert log.contains('''mlgate:check failed in 2 gates: data, evaluate.
[ERROR] [mlgate:data] 1 error, 0 warnings in src/ml/datapackage.yaml:
[ERROR]   ERROR type-error: Resource 'train' row 3, field 4 'usage_last_30d': 'lots' is not a number (type number). (data/train.csv:3)
[ERROR] [mlgate:evaluate] 1 error, 0 warnings in ml/predictions.csv, ml/latencies.txt:
[ERROR]   ERROR criterion-missed: roc_auc 0.9049 >= 0.95 -> FAIL (src/ml/scope.yaml:38:7)
[ERROR] Full report: target/mlgate/report.json''')
// One failure at the end: the baseline gate still ran after the data and evaluation gates failed.
assert log.contains('[INFO] [mlgate:baseline] PASSED: 0 errors, 0 warnings in ml/predictions.csv (7 checks)')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
assert report.status == 'FAILED'
assert report.gates*.status == ['PASSED', 'FAILED', 'FAILED', 'PASSED', 'SKIPPED']
