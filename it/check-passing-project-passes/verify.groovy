def log = new File(basedir, 'build.log').text
def order = ['[INFO] [mlgate:scope] PASSED: 0 errors, 0 warnings in src/ml/scope.yaml (8 checks)',
             '[INFO] [mlgate:data] PASSED: 0 errors, 0 warnings in src/ml/datapackage.yaml (4 checks)',
             '[INFO] [mlgate:evaluate] PASSED: 0 errors, 0 warnings in ml/predictions.csv, ml/latencies.txt (9 checks)',
             '[INFO] [mlgate:baseline] PASSED: 0 errors, 0 warnings in ml/predictions.csv (7 checks)',
             '[INFO] [mlgate:check] PASSED: scope PASSED, data PASSED, evaluate PASSED, baseline PASSED']
def positions = order.collect { log.indexOf(it) }
assert !positions.contains(-1) : "missing: " + order[positions.indexOf(-1)]
assert positions == positions.sort(false) : 'the gates ran out of lifecycle order'
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
assert report.status == 'PASSED'
assert report.gates*.name == ['scope', 'data', 'evaluate', 'baseline', 'deploy']
['scope', 'data', 'evaluate', 'baseline'].each {
    assert new File(basedir, "target/mlgate/junit/TEST-mlgate-${it}.xml").isFile()
}
assert new File(basedir, 'target/mlgate/metrics.json').isFile()
assert new File(basedir, 'target/mlgate/profile/train.json').isFile()
