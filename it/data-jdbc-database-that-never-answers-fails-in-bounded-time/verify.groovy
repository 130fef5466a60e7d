def log = new File(basedir, 'build.log').text
def port = new File(basedir, 'port.txt').text
assert log.contains("[ERROR] [mlgate:data] ERROR source-error: Resource 'customers': the engine 'silent' (jdbc, jdbc:postgresql://127.0.0.1:${port}/ml) cannot be reached: Connection attempt timed out. (src/ml/datapackage.yaml:8:5)")
assert log.contains('BUILD FAILURE')
