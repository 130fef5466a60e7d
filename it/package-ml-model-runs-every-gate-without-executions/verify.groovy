def log = new File(basedir, 'build.log').text
// Every gate ran, in its phase, with no <executions> in the POM.
['scope', 'data', 'evaluate', 'baseline'].each { gate ->
    assert log.contains("[INFO] [mlgate:${gate}] PASSED") : "${gate} did not pass"
}
assert log.indexOf('[mlgate:scope] PASSED') < log.indexOf('[mlgate:data] PASSED')
assert log.indexOf('[mlgate:package-model]') < log.indexOf('[mlgate:evaluate] PASSED')
assert log.contains('[INFO] [mlgate:package-model] The model target/model/model.onnx is the artifact it.mlgate:churn-model:ml-model:1.0.')
// The packaging binds deploy too; without a deployment document it is skipped, and says why.
assert log.contains('[INFO] [mlgate:deploy] SKIPPED: no deployment document: looked for src/ml/deployment.yaml, src/ml/deployment.yml, src/ml/deployment.json')
assert log.contains('BUILD SUCCESS')

// install published the model as the main artifact, and the metrics beside it.
def repository = new File(basedir, '../../it-repo/it/mlgate/churn-model/1.0')
def model = new File(repository, 'churn-model-1.0.onnx')
assert model.isFile()
assert model.text == 'a stand-in for an ONNX model'
assert new File(repository, 'churn-model-1.0-mlmetrics.json').isFile()
assert new File(repository, 'churn-model-1.0.pom').text.contains('<packaging>ml-model</packaging>')
// Another project depends on the model by its type and gets the model file.
def copied = new File(basedir, 'app/target/models/churn-model-1.0.onnx')
assert copied.isFile()
assert copied.text == 'a stand-in for an ONNX model'
return true
