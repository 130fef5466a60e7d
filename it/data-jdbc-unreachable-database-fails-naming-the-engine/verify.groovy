def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR source-error: Resource 'churn': the engine 'warehouse' (jdbc, jdbc:postgresql://localhost:1/ml?user=***&password=***) cannot be reached: Connection to localhost:1 refused.")
assert !log.contains('hunter2')
