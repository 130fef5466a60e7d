def log = new File(basedir, 'build.log').text
assert new File(basedir, 'data/notes.csv').length() > 8 * 1024 * 1024
assert log.contains("[INFO] [mlgate:data] INFO resource-valid: Resource 'notes': 400,000 rows, no errors. (src/ml/datapackage.yaml:2:5)")
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
assert report.gates.find { it.name == 'data' }.status == 'PASSED'
