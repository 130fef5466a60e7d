def log = new File(basedir, 'build.log').text

assert log.contains("[ERROR] [mlgate:scope] ERROR too-many-aliases: src/ml/scope.yaml: the alias '*e' takes the document past 100,000 values copied by aliases; write the values out, or nest fewer anchors. (src/ml/scope.yaml:7:")
assert log.contains('[ERROR] [mlgate:scope] FAILED: 1 error, 0 warnings in src/ml/scope.yaml')
assert !log.contains('OutOfMemoryError')
assert !log.contains('\tat ')
