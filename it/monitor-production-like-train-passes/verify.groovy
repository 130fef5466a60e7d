import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [mlgate:monitor] INFO drift: Watched 3 fields of production against train: none drifted. (src/ml/deployment.yaml:8:3)')
assert log.contains('[INFO] [mlgate:monitor] PASSED: 0 errors, 0 warnings in src/ml/deployment.yaml (7 checks)')

def report = new JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
def monitor = report.gates.find { it.name == 'monitor' }
assert monitor.status == 'PASSED'
assert monitor.drift.reference == 'train'
assert monitor.drift.current == 'production'
// 1,200 reference values: the distances by default; the key field is not watched.
assert monitor.drift.fields.collect { "${it.field}:${it.method}:${it.threshold}" } ==
        ['usage_last_30d:wasserstein:0.1', 'plan:jensenshannon:0.1', 'tenure_months:wasserstein:0.1']
assert monitor.drift.fields.every { !it.drifted && it.referenceValues == 1200 && it.currentValues == 800 }

def summary = new File(basedir, 'target/mlgate/summary.md').text
assert summary.contains('| Field | Type | Method | Value | Bound | train values | production values | Verdict |')
assert summary.contains('| plan | string | jensenshannon |')
