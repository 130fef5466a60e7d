import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// No <executions>: the ml-model packaging runs deploy in verify, after evaluate, since a deployment document exists.
assert log.indexOf('[mlgate:evaluate] PASSED') < log.indexOf('[mlgate:deploy] FAILED')
// The evaluation has no latency file and no model file: it leaves both criteria to the deploy gate, and says so.
assert log.contains("[INFO] [mlgate:evaluate] INFO judged-when-served: 'latency_p95_ms' is judged by the deploy gate, which times the model as src/ml/deployment.yaml serves it; set latencyFile to judge latencies measured where the model is served instead. (src/ml/scope.yaml:13:7)")
assert log.contains("[INFO] [mlgate:evaluate] INFO judged-when-served: 'model_size_mb' is judged by the deploy gate, which measures the model src/ml/deployment.yaml serves; set modelFile to judge another artifact's size instead. (src/ml/scope.yaml:15:7)")
// serving.mode is batch: latency is the time of one call scoring a batch. Its figure depends on the machine.
assert log =~ /\[INFO\] \[mlgate:deploy\] INFO criterion-met: latency_p95_ms [0-9.e-]+ <= 60000 -> PASS \(src\/ml\/scope\.yaml:13:7\)/
assert log.contains('[ERROR] [mlgate:deploy] ERROR criterion-missed: model_size_mb 0.000779 <= 0.0005 -> FAIL (src/ml/scope.yaml:15:7)')
assert log.contains('[ERROR] [mlgate:deploy] FAILED: 1 error, 0 warnings in src/ml/deployment.yaml (10 checks)')

def report = new JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
def deploy = report.gates.find { it.name == 'deploy' }
assert deploy.criteria*.criterion == ['latency_p95_ms <= 60000', 'model_size_mb <= 0.0005']
assert deploy.criteria*.verdict == ['PASS', 'FAIL']
assert deploy.criteria[1].value == 0.000779
assert deploy.criteria[0].value == deploy.serving.latency.batchP95
def evaluate = report.gates.find { it.name == 'evaluate' }
assert evaluate.status == 'PASSED'
assert evaluate.criteria.isEmpty()
