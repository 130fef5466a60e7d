def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'customers' the row where customer_id = '2', field 2 'age': '12' is below the minimum 18. (warehouse: query 'SELECT * FROM (VALUES (1, 34, 'basic'), (2, 12, 'gold'), ...')")
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'customers' the row where customer_id = '2', field 3 'plan': 'gold' is not one of the enum values.")
assert log.contains("Resource 'customers': 3 rows, 2 errors in 1 row")
assert !log.contains('mlgate-test')
