def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR missing-label: Resource 't' header: the schema's field 2 'bad' has no column. (data/t.csv:1)")
assert log.contains("[ERROR] [mlgate:data] ERROR missing-cell: Resource 't' row 2, field 2 'bad': the row has no cell for it. (data/t.csv:2)")
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 't' row 2, field 2 'bad': the value is missing, but the field is required. (data/t.csv:2)")
assert log.contains("[ERROR] [mlgate:data] FAILED: 3 errors, 0 warnings in src/ml/datapackage.yaml (2 checks)")
// frictionless-py's validation tests expect [-, 2, missing-label], [2, 2, missing-cell] and [2, 2, constraint-error].
// As [row, field, code], the header being row 1 (the reference gives header findings no row).
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
def found = report.gates[0].findings.findAll { it.severity == 'ERROR' }.collect { [it.rowNumber, it.fieldNumber, it.code] }
assert found == [[1, 2, 'missing-label'], [2, 2, 'missing-cell'], [2, 2, 'constraint-error']]
