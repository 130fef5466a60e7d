import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [mlgate:deploy] INFO parity: The served model reproduces the score in ml/predictions.csv on all 40 rows of test within 0.00001 (largest difference 9.422e-8). (src/ml/deployment.yaml:4:3)')
// Latency depends on the machine: its line is checked for its form, never its figures.
assert log =~ /\[INFO\] \[mlgate:deploy\] INFO latency: Scored on this machine with ONNX Runtime 1\.29\.0, served in batches: 40 rows in [0-9.e-]+ ms \(p95 [0-9.e-]+ ms, 95% interval [0-9.e-]+-[0-9.e-]+ ms, p99 [0-9.e-]+ ms over [0-9,]+ calls, [0-9,]+ rows\/s\); one row at a time, one row in [0-9.e-]+ ms \(p95 [0-9.e-]+ ms, 95% interval [0-9.e-]+-[0-9.e-]+ ms, p99 [0-9.e-]+ ms over [0-9,]+ calls\)\./
assert log.contains('[INFO] [mlgate:deploy] PASSED: 0 errors, 0 warnings in src/ml/deployment.yaml (8 checks)')

def deploy = new JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json')).gates.find { it.name == 'deploy' }
assert deploy.status == 'PASSED'
assert deploy.serving.model == 'model/model.onnx'
assert deploy.serving.sha256 ==~ /[0-9a-f]{64}/
assert deploy.serving.runtime == 'ONNX Runtime 1.29.0'
assert deploy.serving.inputs == ['usage_last_30d: tensor(float)[N, 1]', 'support_contacts_90d: tensor(float)[N, 1]',
        'tenure_months: tensor(float)[N, 1]', 'plan: tensor(string)[N, 1]']
assert deploy.serving.outputs == ['churn_score: tensor(float)[N, 1]', 'churn_flag: tensor(int64)[N, 1]']
assert deploy.serving.parity.joinedBy == 'customer_id'
assert deploy.serving.parity.rows == 40
assert deploy.serving.parity.mismatches == 0
// At least 100 calls of each kind are timed (more while a second lasts, at most 1,000): a p95 of a few calls is their slowest.
assert deploy.serving.latency.singleRowRuns >= 100 && deploy.serving.latency.singleRowRuns <= 1000
assert deploy.serving.latency.batchRuns >= 100 && deploy.serving.latency.batchRuns <= 1000
// The p95's interval brackets it: order statistics around the percentile's rank.
def latency = deploy.serving.latency
assert latency.singleRowP95Interval.size() == 2 && latency.singleRowP95Interval[0] <= latency.singleRowP95 && latency.singleRowP95 <= latency.singleRowP95Interval[1]
assert latency.batchP95Interval.size() == 2 && latency.batchP95Interval[0] <= latency.batchP95 && latency.batchP95 <= latency.batchP95Interval[1]
