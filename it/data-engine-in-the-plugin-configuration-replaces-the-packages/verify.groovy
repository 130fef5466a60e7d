def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR type-error: Resource 'customers' row 3, field 2 'age': 'abc' is not an integer (type integer). (data/customers.parquet)")
assert !log.contains('spark-master.internal')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
assert report.gates.find { it.name == 'data' }.data[0].engine == "engine 'cluster' (duckdb)"
