def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR foreign-key: Resource 'orders' row 4: the foreign key (customer -> customers(id)) value '99' has no match in customers. (src/ml/orders.csv:4)")
