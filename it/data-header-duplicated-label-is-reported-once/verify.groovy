def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR duplicate-label: Resource 't' header: the label 'id' of column 3 repeats column 1. (data/t.csv:1)")
assert log.contains("[ERROR] [mlgate:data] FAILED: 1 error, 0 warnings in src/ml/datapackage.yaml (2 checks)")
// frictionless-py's header tests expect [-, 3, duplicate-label] only: no incorrect-label for the repeated label.
// As [row, field, code], the header being row 1 (the reference gives header findings no row).
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
def found = report.gates[0].findings.findAll { it.severity == 'ERROR' }.collect { [it.rowNumber, it.fieldNumber, it.code] }
assert found == [[1, 3, 'duplicate-label']]
