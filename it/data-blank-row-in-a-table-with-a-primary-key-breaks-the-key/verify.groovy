def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR blank-row: Resource 't' row 3 is blank. (data/t.csv:3)")
assert log.contains("[ERROR] [mlgate:data] ERROR primary-key: Resource 't' row 3: the primary key (id) is missing: the row is blank. (data/t.csv:3)")
assert log.contains("[ERROR] [mlgate:data] FAILED: 2 errors, 0 warnings in src/ml/datapackage.yaml (2 checks)")
// frictionless-py's validation tests expect [3, -, blank-row] and [3, -, primary-key].
// As [row, field, code], the header being row 1 (the reference gives header findings no row).
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
def found = report.gates[0].findings.findAll { it.severity == 'ERROR' }.collect { [it.rowNumber, it.fieldNumber, it.code] }
assert found == [[3, null, 'blank-row'], [3, null, 'primary-key']]
