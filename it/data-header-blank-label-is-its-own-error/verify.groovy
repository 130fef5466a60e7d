def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR blank-label: Resource 't' header: column 2 has no label; the schema's field 2 is 'field2'. (data/t.csv:1)")
assert log.contains("[ERROR] [mlgate:data] FAILED: 1 error, 0 warnings in src/ml/datapackage.yaml (2 checks)")
// frictionless-py's header tests expect [-, 2, blank-label] and nothing else for this header.
// As [row, field, code], the header being row 1 (the reference gives header findings no row).
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
def found = report.gates[0].findings.findAll { it.severity == 'ERROR' }.collect { [it.rowNumber, it.fieldNumber, it.code] }
assert found == [[1, 2, 'blank-label']]
