import org.jsoup.Jsoup

def page = new File(basedir, 'target/site/mlgate.html')
assert page.isFile()
def doc = Jsoup.parse(page, 'UTF-8')
assert doc.title().contains('ML Lifecycle Gates')
def headings = doc.select('h1, h2, h3').collect { it.text() }
['Lifecycle overview', 'Scope at a glance', 'Success criteria', 'Risks', 'Costs', 'Baselines to beat', 'Data',
 'Splits', 'Profile of train', 'Evaluation', 'Metrics per slice', 'Baselines', 'Errors and warnings'].each {
    assert headings.contains(it) : "no section '${it}' among ${headings}"
}
// Every section filled: the overview has a row per stage, each gate PASSED, deployment ready.
def overview = doc.getElementById('overview').parent()
def rows = overview.select('table').first().select('tr').drop(1).collect { row -> row.select('td')*.text() }
assert rows*.getAt(0) == ['Scope', 'Data preparation', 'Modelling', 'Modelling', 'Deployment readiness']
assert rows*.getAt(2) == ['PASSED', 'PASSED', 'PASSED', 'PASSED', 'PASSED']
assert doc.text().contains('Results of the gates that ran earlier in this build.')
// The risk matrix: R2 is high likelihood, high impact.
def matrix = doc.select('table').find { it.text().startsWith('Likelihood \\ impact') }
assert matrix.select('tr').get(1).select('td')*.text() == ['high', '', '', 'R2']
// Criteria with their confidence interval and a drawing against the bound.
def criteria = doc.select('table').find { it.select('th')*.text().contains('Confidence interval') }
def auc = criteria.select('tr').find { it.select('td').first()?.text() == 'roc_auc >= 0.8' }
assert auc.select('td').get(3).text() ==~ /95% \[0\.\d+, 0\.\d+\]/
assert auc.select('svg').size() == 1
assert auc.select('td').last().text() == 'PASS'
// Profiles draw a histogram per numeric field.
assert doc.select('svg title').collect { it.text() }.contains('Histogram of usage_last_30d, from 0 to 714.6')
// The machine-readable results are published next to the page and linked.
['mlgate/report.json', 'mlgate/metrics.json', 'mlgate/profile/train.json'].each {
    assert doc.select("a[href=${it}]").size() == 1 : "no link to ${it}"
    assert new File(basedir, "target/site/${it}").isFile()
}
// Listed under Project Reports.
def reports = Jsoup.parse(new File(basedir, 'target/site/project-reports.html'), 'UTF-8')
assert reports.select('a[href=mlgate.html]').size() > 0
