def log = new File(basedir, 'build.log').text
assert log.contains("[INFO] [mlgate:data] INFO resource-valid: Resource 'customers': 3 rows, no errors. (src/ml/datapackage.yaml:2:5)")
assert log.contains('[INFO] [mlgate:data] PASSED: 0 errors, 0 warnings in src/ml/datapackage.yaml (2 checks)')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
assert report.gates[0].data[0].rows == 3
def profile = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/profile/customers.json'))
assert profile.rows == 3
def age = profile.fields.find { it.name == 'age' }
assert age.min == 27
assert age.max == 51
assert age.distinct == 3
