def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'customers' row 5, field 3 'age': '12' is below the minimum 18. (data/customers.csv:5)")
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'customers' row 5, field 4 'plan': 'gold' is not one of the enum values. (data/customers.csv:5)")
