def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR resource-error: The foreign key customer_id -> customers(id) names 'customers', which the data gate streams; the engine 'duckdb' (duckdb) checks foreign keys whose target it reads too. (src/ml/datapackage.yaml:16:11)")
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'orders' row 2, field 3 'amount': '5' is above the maximum 4. (data/orders.parquet)")
