def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR primary-key: Resource 'customers' row 5: the primary key (id) repeats that of row 3. (data/customers.csv:5)")
