def log = new File(basedir, 'build.log').text
// The table, read in its primary key's order: each row named by its place, each cell as the streaming gate words it.
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'customers' row 2, field 2 'AGE': '130' is above the maximum 120. (warehouse: table CUSTOMERS:2)")
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'customers' row 3, field 3 'PLAN': the value is missing, but the field is required. (warehouse: table CUSTOMERS:3)")
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'customers' row 4, field 3 'PLAN': 'gold' is not one of the enum values. (warehouse: table CUSTOMERS:4)")
// The query, in the order it gives.
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'young' row 1, field 2 'AGE': '34' is above the maximum 30. (warehouse: query 'SELECT CUSTOMER_ID, AGE FROM CUSTOMERS WHERE AGE < 40 ORD...':1)")
assert log.contains('[ERROR] [mlgate:data] FAILED: 4 errors, 0 warnings in src/ml/datapackage.yaml (3 checks)')

def data = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json')).gates.find { it.name == 'data' }.data
assert data*.rows == [4, 2]
assert data[0].engine == "engine 'warehouse' (jdbc, jdbc:h2:mem:warehouse;INIT=RUNSCRIPT FROM '${basedir.canonicalPath}/src/ml/warehouse.sql')"
// Typed columns are read as their text: the decimals keep their scale, the dates are ISO.
def fields = data[0].profile.fields
assert fields.find { it.name == 'SIGNUP' }.min == '2023-12-31'
assert fields.find { it.name == 'BALANCE' }.max == 10.5

// In SARIF a table is a logical location, named, never a pseudo-URI code scanning cannot place.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/mlgate.sarif'))
def row2 = sarif.runs[0].results.find { it.message.text.contains("row 2, field 2 'AGE'") }
assert row2.locations[0].logicalLocations[0].name == 'warehouse: table CUSTOMERS'
assert row2.locations[0].logicalLocations[0].kind == 'resource'
assert row2.locations[0].physicalLocation == null
