def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR foreign-key: Resource 'orders' row 4: the foreign key (customer_id -> customers(id)) value '99' has no match in customers. (data/orders.parquet)")
assert log.contains("[ERROR] [mlgate:data] ERROR foreign-key: Resource 'orders' row 5: the foreign key (customer_id -> customers(id)) value '99' has no match in customers. (data/orders.parquet)")
assert log.contains("[ERROR] [mlgate:data] ERROR duplicate-row: Resource 'orders' row 5 repeats row 4. (data/orders.parquet)")
assert log.contains("[ERROR] [mlgate:data] ERROR foreign-key: Resource 'orders' row 2: the foreign key (amount -> orders(order_id)) value '5' has no match in orders. (data/orders.parquet)")
assert !log.contains("Resource 'orders' row 6")
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
def orders = report.gates.find { it.name == 'data' }.data[1]
assert orders.errors.byCode == ['foreign-key': 6, 'duplicate-row': 1]
assert orders.errors.byField['foreign-key'] == ['customer_id': 2, 'amount': 4]
assert orders.errors.rowsWithErrors == 4
