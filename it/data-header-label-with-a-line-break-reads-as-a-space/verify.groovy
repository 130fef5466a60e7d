def log = new File(basedir, 'build.log').text
// The label "a<line break>b" reads as 'a b', which is the schema's field: frictionless-py compares them so.
assert log.contains("[INFO] [mlgate:data] INFO resource-valid: Resource 't': 1 row, no errors. (src/ml/datapackage.yaml:2:5)")
assert log.contains('[INFO] [mlgate:data] PASSED: 0 errors, 0 warnings in src/ml/datapackage.yaml (2 checks)')
assert !log.contains('incorrect-label')
