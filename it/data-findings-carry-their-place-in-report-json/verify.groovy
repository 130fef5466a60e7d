import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
def findings = report.gates.find { it.name == 'data' }.findings

def typeError = findings.find { it.code == 'type-error' }
assert typeError.message == "Resource 'customers' row 3, field 3 'age': 'fifty' is not an integer (type integer)."
assert typeError.resource == 'customers'
assert typeError.rowNumber == 3
assert typeError.fieldNumber == 3
assert typeError.fieldName == 'age'
assert typeError.cell == 'fifty'
assert typeError.location == [file: 'data/customers.csv', line: 3]

def repeated = findings.find { it.code == 'primary-key' }
assert repeated.message == "Resource 'customers' row 5: the primary key (id) repeats that of row 3."
assert repeated.rowNumber == 5
assert repeated.keyValues == ['2']
assert repeated.repeatsRowNumber == 3
assert !repeated.containsKey('fieldName')

def junit = new File(basedir, 'target/mlgate/junit/TEST-mlgate-data.xml').text
assert junit.contains('file="data/customers.csv"')
