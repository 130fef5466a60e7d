def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR resource-error: Resource 'passwd': mlgate.query is not a query Spark runs on the engine's tables: [TABLE_OR_VIEW_NOT_FOUND] The table or view `text`.`/etc/passwd` cannot be found. Verify the spelling and correctness of the schema and catalog. (src/ml/datapackage.yaml:9:5)")
assert log.contains("[ERROR] [mlgate:data] ERROR resource-error: Resource 'environment': mlgate.query is not a query Spark runs on the engine's tables: [UNRESOLVED_ROUTINE] Cannot resolve routine `reflect` on search path [`system`.`builtin`, `system`.`session`, `spark_catalog`.`default`]. SQLSTATE: 42883; line 1 pos 22 (src/ml/datapackage.yaml:16:5)")
assert log.contains('[ERROR] [mlgate:data] FAILED: 2 errors, 0 warnings in src/ml/datapackage.yaml (1 check)')
// Neither query ran: no row reached a check (every value would break 'pattern: x'), so neither the file nor the
// environment is in the log or any output.
def outputs = new File(basedir, 'target/mlgate').listFiles().findAll { it.isFile() }.collect { it.text }
assert !outputs.isEmpty()
([log] + outputs).each { text ->
    assert !text.contains('root:x:0:0')
    assert !text.contains('does not match the pattern')
    assert !text.contains("'" + System.getenv('HOME') + "'")
}
// The Spark driver works under target/: its spark-warehouse folder does not land in the project.
assert !new File(basedir, 'spark-warehouse').exists()
assert new File(basedir, 'target/mlgate/spark.tmp').isDirectory()
return true
