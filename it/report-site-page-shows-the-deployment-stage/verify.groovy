import org.jsoup.Jsoup

def doc = Jsoup.parse(new File(basedir, 'target/site/mlgate.html'), 'UTF-8')
def headings = doc.select('h1, h2, h3').collect { it.text() }
['Deployment', 'Serving contract', 'Parity with the evaluation', 'Latency on the build machine'].each {
    assert headings.contains(it) : "no section '${it}' among ${headings}"
}
// Every stage ran and passed: the project is shown ready.
def overview = doc.getElementById('overview').parent()
def rows = overview.select('table').first().select('tr').drop(1).collect { row -> row.select('td')*.text() }
assert rows*.getAt(0) == ['Scope', 'Data preparation', 'Modelling', 'Modelling', 'Deployment', 'Deployment readiness']
assert rows*.getAt(1).take(5) == ['mlgate:scope', 'mlgate:data', 'mlgate:evaluate', 'mlgate:baseline', 'mlgate:deploy']
assert rows*.getAt(2) == ['PASSED', 'PASSED', 'PASSED', 'PASSED', 'PASSED', 'PASSED']
assert rows.last().last() == 'Ready so far: every gate ran and passed.'

def deployment = doc.getElementById('deploy').parent()
assert deployment.text().contains('The model ml/model.onnx (0.001 MB) as it will be served, in ONNX Runtime 1.29.0. SHA-256: ')
def contract = doc.getElementById('deploy-contract').parent().select('table').first()
assert contract.select('tr').drop(1).collect { it.select('td')*.text() } == [
    ['usage_last_30d', 'input', 'tensor(float)[N, 1]'],
    ['support_contacts_90d', 'input', 'tensor(float)[N, 1]'],
    ['tenure_months', 'input', 'tensor(float)[N, 1]'],
    ['plan', 'input', 'tensor(string)[N, 1]'],
    ['churn_score', 'output', 'tensor(float)[N, 1]'],
    ['churn_flag', 'output', 'tensor(int64)[N, 1]']]
assert doc.getElementById('deploy-parity').parent().text().contains(
    'The served model reproduces the evaluated score on all 3,000 rows of test (matched by customer_id): the largest difference is 1.664e-7, within the tolerance of 0.00001.')
def latency = doc.getElementById('deploy-latency').parent().select('table').first()
// Figures of this machine: only their form is checked.
def latencyRows = latency.select('tr').drop(1).collect { it.select('td')*.text() }
// At least 100 calls of each kind, at most 1,000 (more while a second lasts): their count is the machine's.
assert latencyRows[0][0] ==~ /One row at a time \([0-9,]+ calls\)/
assert latencyRows[1][0] ==~ /A batch of 1,000 rows \([0-9,]+ calls\)/
assert latencyRows.every { it[1] ==~ /[0-9.]+/ }
// The 95th percentile with its 95% interval, as the console shows it.
assert latencyRows.every { it[2] ==~ /[0-9.e-]+ \([0-9.e-]+\u2013[0-9.e-]+\)/ }
// The example configures no modelFile: the scope's size criterion is judged on the served model, shown with the mode.
def judged = doc.getElementById('deploy-criteria').parent()
assert judged.select('h2').first().text() == 'Criteria judged on the served model'
assert judged.text().contains('judged on the model as it is served (in batches of 1,000 rows a call): each latency is the time of one scoring call.')
assert judged.select('table').first().select('tr').drop(1).collect { it.select('td')*.text() } == [['model_size_mb <= 1', '0.000772', 'PASS']]
