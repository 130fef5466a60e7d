def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR source-error: Resource 'customers': the engine 'warehouse' (jdbc, jdbc:postgresql://127.0.0.1:1/ml) takes its user from the environment variable MLGATE_IT_USER_THAT_IS_NOT_SET, which is not set. (src/ml/datapackage.yaml:9:5)")
assert log.contains('BUILD FAILURE')
