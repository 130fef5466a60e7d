// No error listed one by one must not mean no error: the counts line fails the gate.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR error-counts: Resource 'customers': 4 rows, 1 errors in 1 rows (25.0000%): type-error 1 (signup 1); none is listed one by one (maxReportedErrors is 0). (src/ml/datapackage.yaml:")
assert !log.contains('ERROR type-error:')
assert log.contains('BUILD FAILURE')
