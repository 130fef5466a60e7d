def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR type-error: Resource 'customers' field 2 'age' has the column type BOOLEAN, which cannot hold the field's type integer (an integer column, or text). (data/customers.parquet)")
assert log.contains("[ERROR] [mlgate:data] ERROR engine-error: Resource 'customers' field 3 'trial' has the type duration, whose rules engines do not check yet; check it as a string, or keep the resource in a CSV file. (data/customers.parquet)")
