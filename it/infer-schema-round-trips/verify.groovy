def log = new File(basedir, 'build.log').text
assert log.contains("[INFO] [mlgate:infer-schema] Read 4 rows of subscribers.csv (delimiter ',').")
def schema = new File(basedir, 'src/ml/subscribers.schema.yaml').text
assert schema.contains('primaryKey: id')
assert schema.contains('type: date')
assert log.contains("[INFO] [mlgate:data] INFO resource-valid: Resource 'subscribers': 4 rows, no errors. (src/ml/datapackage.yaml:2:5)")
assert log.contains('BUILD SUCCESS')
