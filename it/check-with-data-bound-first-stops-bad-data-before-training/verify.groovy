def log = new File(basedir, 'build.log').text
// The data gate ran in process-resources and failed on the bad cell...
assert log.contains("[ERROR] [mlgate:data] ERROR type-error: Resource 'train' row 3, field 4 'usage_last_30d': 'not-a-number' is not a number (type number). (data/train.csv:3)")
assert log.contains('[ERROR] [mlgate:data] FAILED: 1 error, 0 warnings in src/ml/datapackage.yaml (4 checks)')
// ...so the training step (compile) never started, and check (verify) never ran.
assert !log.contains('(training)')
assert !log.contains('(every-gate)')
assert log.contains('BUILD FAILURE')
