def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [mlgate:evaluate] INFO slice-too-small: accuracy[plan=b] not judged: the slice has 4 rows, fewer than minSliceSize 30. (src/ml/scope.yaml:3:7)')
assert log.contains('BUILD SUCCESS')
