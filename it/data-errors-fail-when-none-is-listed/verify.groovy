// No error listed one by one must not mean no error: the errors counted fail the gate, and the verdict counts them.
def log = new File(basedir, 'build.log').text
assert log.contains("[INFO] [mlgate:data] INFO error-counts: Resource 'customers': 4 rows, 1 error in 1 row (25.0000%): type-error 1 (signup 1); none is listed one by one (maxReportedErrors is 0). (src/ml/datapackage.yaml:")
assert log.contains("[ERROR] [mlgate:data] FAILED: 1 error (0 listed), 0 warnings in src/ml/datapackage.yaml (2 checks)")
assert log.contains("mlgate:data failed with 1 error (0 listed), 0 warnings in src/ml/datapackage.yaml: none is listed one by one (the counts are in the report).")
assert !log.contains('ERROR type-error:')
assert log.contains('BUILD FAILURE')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
def data = report.gates.find { it.name == 'data' }
assert data.status == 'FAILED'
assert data.counts.errors == 0
assert data.counts.unlisted == [errors: 1]
assert new File(basedir, 'target/mlgate/junit/TEST-mlgate-data.xml').text.contains('type="unlisted"')
