import org.jsoup.Jsoup

// The report has no <configuration> of its own: the evidence it judges comes from build/pluginManagement.
def doc = Jsoup.parse(new File(basedir, 'target/site/mlgate.html'), 'UTF-8')
def overview = doc.getElementById('overview').parent()
def rows = overview.select('table').first().select('tr').drop(1).collect { row -> row.select('td')*.text() }
// Without the build's predictionsFile the evaluation gate would be SKIPPED for want of evidence.
assert rows*.getAt(2) == ['PASSED', 'PASSED', 'PASSED', 'PASSED', 'SKIPPED', 'SKIPPED']
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
def evaluate = json.gates.find { it.name == 'evaluate' }
assert evaluate.subject == 'ml/predictions.csv, ml/latencies.txt'
// sliceColumns and confidence came from the build configuration too.
assert doc.getElementById('evaluation-slices') != null
assert doc.getElementById('evaluation-slices').parent().text().contains('plan=basic')
assert doc.text().contains('95%')
