def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] [mlgate:data] WARNING type-error: Resource 'customers' row 701, field 3 'age': 'x' is not an integer (type integer). (data/customers.csv:701)")
assert log.contains("[WARNING] [mlgate:data] WARNING within-tolerance: Resource 'customers': 1,000 rows, 1 error in 1 row (0.1000%): type-error 1 (age 1); within the tolerance (maxErrorRate 0.001). (src/ml/datapackage.yaml:2:5)")
assert log.contains('BUILD SUCCESS')
