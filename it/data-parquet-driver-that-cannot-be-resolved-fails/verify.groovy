def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR source-error: Resource 'customers': the engine 'duckdb' (duckdb) needs its driver, and org.duckdb:duckdb_jdbc:0.0.0-none cannot be resolved")
