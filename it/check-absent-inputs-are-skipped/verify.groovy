def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [mlgate:scope] PASSED: 0 errors, 0 warnings in src/ml/scope.yaml (8 checks)')
assert log.contains('[INFO] [mlgate:data] SKIPPED: no data package: looked for src/ml/datapackage.yaml, src/ml/datapackage.yml, src/ml/datapackage.json')
assert log.contains('[INFO] [mlgate:evaluate] SKIPPED: no evaluation evidence: neither target/ml/predictions.csv nor target/ml/metrics.json exists')
assert log.contains('[INFO] [mlgate:baseline] SKIPPED: no evaluation evidence: neither target/ml/predictions.csv nor target/ml/metrics.json exists')
assert log.contains('[INFO] [mlgate:check] PASSED: scope PASSED, data SKIPPED, evaluate SKIPPED, baseline SKIPPED')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
assert report.gates[1].skippedReason.startsWith('no data package')
