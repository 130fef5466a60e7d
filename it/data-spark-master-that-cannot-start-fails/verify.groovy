def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR source-error: Resource 'customers': the engine 'cluster' (spark, nowhere:7077) cannot start a Spark session: Could not parse Master URL: 'nowhere:7077' (data/customers.parquet)")
