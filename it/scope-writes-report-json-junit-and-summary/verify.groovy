import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def out = new File(basedir, 'target/mlgate')
def report = new JsonSlurper().parse(new File(out, 'report.json'))
assert report.tool.name == 'mlgate'
assert report.status == 'FAILED'
assert report.gates.size() == 1
def gate = report.gates[0]
assert gate.name == 'scope'
assert gate.status == 'FAILED'
assert gate.subject == 'src/ml/scope.yaml'
assert gate.counts.errors == 1
assert gate.counts.warnings == 1
assert gate.checks*.name == ['document', 'required-sections', 'value-types', 'placeholders', 'model-criteria', 'risk-mitigations', 'baseline-comparisons', 'unknown-keys']
def placeholder = gate.findings.find { it.code == 'placeholder' }
assert placeholder.severity == 'ERROR'
assert placeholder.message == "Section 'name' holds a placeholder ('TODO'), not an answer."
assert placeholder.location.file == 'src/ml/scope.yaml'
assert placeholder.location.line == 2
assert placeholder.location.column == 7

def suite = new XmlSlurper().parse(new File(out, 'junit/TEST-mlgate-scope.xml'))
assert suite.@name == 'mlgate.scope'
assert suite.@tests == '8'
assert suite.@failures == '1'
assert suite.@skipped == '0'
assert suite.testcase.size() == 8
def failed = suite.testcase.find { it.@name == 'placeholders' }
assert failed.failure.@type == 'placeholder'
assert failed.failure.text().contains("ERROR placeholder: Section 'name' holds a placeholder ('TODO'), not an answer. (src/ml/scope.yaml:2:7)")
def warned = suite.testcase.find { it.@name == 'required-sections' }
assert warned.failure.size() == 0
assert warned.'system-out'.text().contains("WARNING empty-section: Section 'owner' is present but empty; answer it or remove it.")

def summary = new File(out, 'summary.md').text
assert summary.startsWith('## mlgate: FAILED')
assert summary.contains('| scope | FAILED | 1 | 1 | src/ml/scope.yaml |')
assert summary.contains("| ERROR | placeholder | Section 'name' holds a placeholder ('TODO'), not an answer. | src/ml/scope.yaml:2:7 |")
