def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR source-error: Resource 'orders': the engine 'oracle' (jdbc, jdbc:oracle:thin:***@dbhost:1521:orcl) needs a JDBC driver that accepts its URL: add the database's driver to the plugin's <dependencies> in the pom. (src/ml/datapackage.yaml:6:5)")
assert log.contains("[ERROR] [mlgate:data] ERROR source-error: Resource 'customers': the engine 'mysql' (jdbc, jdbc:mysql://dbhost/ml) needs a JDBC driver that accepts its URL: add the database's driver to the plugin's <dependencies> in the pom. (src/ml/datapackage.yaml:11:5)")
assert log.contains("[ERROR] [mlgate:data] FAILED: 2 errors, 0 warnings in src/ml/datapackage.yaml (3 checks)")
// The passwords appear nowhere: not in the log, not in any output.
for (secret in ['T1ger0racle', 'ssw0rdAt', 'scott/']) {
    assert !log.contains(secret)
    new File(basedir, 'target/mlgate').eachFileRecurse { file -> if (file.isFile()) assert !file.text.contains(secret) }
}
