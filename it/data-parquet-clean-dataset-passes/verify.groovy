def log = new File(basedir, 'build.log').text
assert log.contains("[INFO] [mlgate:data] INFO resource-valid: Resource 'customers': 4 rows, no errors.")
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
def data = report.gates.find { it.name == 'data' }.data[0]
assert data.files == ['data/customers/year=2024/part-0.parquet', 'data/customers/year=2025/part-0.parquet']
assert data.profile.fields.find { it.name == 'age' }.max == 51
assert data.engine == "engine 'duckdb' (duckdb)"
