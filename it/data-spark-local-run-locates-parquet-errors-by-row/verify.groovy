def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR type-error: Resource 'customers' row 3, field 2 'age': 'abc' is not an integer (type integer). (data/customers.parquet)")
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'customers' row 4, field 2 'age': '12' is below the minimum 18. (data/customers.parquet)")
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'customers' row 4, field 3 'plan': 'gold' is not one of the enum values. (data/customers.parquet)")
assert log.contains("[ERROR] [mlgate:data] ERROR primary-key: Resource 'customers' row 4: the primary key (customer_id) repeats that of row 3. (data/customers.parquet)")
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'customers' row 5, field 2 'age': the value is missing, but the field is required. (data/customers.parquet)")
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
def resource = report.gates.find { it.name == 'data' }.data[0]
assert resource.engine == "engine 'cluster' (spark, local[2])"
assert resource.rows == 4
