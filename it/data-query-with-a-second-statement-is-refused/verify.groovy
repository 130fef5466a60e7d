def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR resource-error: Resource 'numbers': mlgate.query holds a ';' before its end, which would start a second statement: a query is one SELECT statement, since a second one could write files or change the database. Write a ';' inside a text as chr(59). (src/ml/datapackage.yaml:8:7)")
assert log.contains("[ERROR] [mlgate:data] ERROR resource-error: Resource 'copied': mlgate.query starts with 'COPY'; a query is one SELECT statement, starting with SELECT, WITH, FROM, VALUES, TABLE. (src/ml/datapackage.yaml:15:7)")
assert log.contains("[ERROR] [mlgate:data] FAILED: 2 errors, 0 warnings in src/ml/datapackage.yaml (1 check)")
// Neither statement ran: no file was written.
assert !new File(basedir, 'target/pwned.csv').exists()
