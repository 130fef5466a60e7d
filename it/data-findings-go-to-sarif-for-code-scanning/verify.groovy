import groovy.json.JsonSlurper

def sarif = new JsonSlurper().parse(new File(basedir, 'target/mlgate/mlgate.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'mlgate'
def rule = run.tool.driver.rules.find { it.id == 'type-error' }
assert rule.shortDescription.text == "A cell is not a value of its field's type."
assert rule.helpUri == 'https://github.com/mlgate/mlgate/blob/main/docs/data.md'
def result = run.results.find { it.ruleId == 'type-error' }
assert result.level == 'error'
assert result.kind == 'fail'
assert result.message.text == "Resource 'customers' row 5, field 2 'signup': '2024-13-01' is not a date (YYYY-MM-DD) (type date)."
assert result.locations[0].physicalLocation.artifactLocation.uri == 'data/customers.csv'
assert result.locations[0].physicalLocation.region.startLine == 5
assert result.properties.rowNumber == 5
assert result.properties.fieldName == 'signup'
assert run.properties.gates[0].name == 'data'
assert run.properties.gates[0].status == 'FAILED'
return true
