def log = new File(basedir, 'build.log').text
assert log.contains("[INFO] [mlgate:infer-schema] Read 3 rows of readings.csv (delimiter ',').")
def schema = new File(basedir, 'src/ml/readings.schema.yaml').text
// Integers past a long keep their bounds; INF leaves the maximum out; times and datetimes keep seconds and offsets.
assert schema.contains('minimum: -99999999999999999999')
assert !schema.contains('Infinity') && !schema.contains('NaN')
assert schema.contains('maximum: "23:00:00"')
assert schema.contains('minimum: "2024-01-05T10:20:00+02:00"')
// 1 and 01, and the serials with and without a leading 0, are equal integers: only reading is a key.
assert schema.contains('primaryKey: reading')
assert log.contains("[INFO] [mlgate:data] INFO resource-valid: Resource 'readings': 3 rows, no errors. (src/ml/datapackage.yaml:2:5)")
assert log.contains('BUILD SUCCESS')
