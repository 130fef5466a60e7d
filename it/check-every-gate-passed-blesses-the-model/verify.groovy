import groovy.json.JsonSlurper
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def sha256 = { File file -> MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() }
def model = sha256(new File(basedir, 'ml/model.onnx'))

assert log.contains('[INFO] [mlgate:check] PASSED: scope PASSED, data PASSED, evaluate PASSED, baseline PASSED, deploy PASSED')
assert log.contains("[INFO] [mlgate:check] Blessed ml/model.onnx (SHA-256 ${model}): every gate of this build passed. Wrote target/mlgate/blessing.json, attached as it.mlgate:check-every-gate-passed-blesses-the-model:json:mlblessing:1.0.")

def blessing = new JsonSlurper().parse(new File(basedir, 'target/mlgate/blessing.json'))
assert blessing.model == 'ml/model.onnx'
assert blessing.modelSha256 == model
assert blessing.gates*.name == ['scope', 'data', 'evaluate', 'baseline', 'deploy']
assert blessing.gates.every { it.status == 'PASSED' }
// Each gate's evidence is named and hashed: a changed file would not match the blessing.
assert blessing.gates.find { it.name == 'scope' }.evidence['src/ml/scope.yaml'] == sha256(new File(basedir, 'src/ml/scope.yaml'))
assert blessing.gates.find { it.name == 'deploy' }.evidence['ml/model.onnx'] == model
assert blessing.gates.find { it.name == 'data' }.evidence['data/train.csv'] == sha256(new File(basedir, 'data/train.csv'))
