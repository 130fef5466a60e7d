import org.jsoup.Jsoup

def page = new File(basedir, 'target/site/mlgate.html')
assert page.isFile()
def doc = Jsoup.parse(page, 'UTF-8')
assert doc.title().contains('ML Lifecycle Gates')
def headings = doc.select('h1, h2, h3').collect { it.text() }
['Lifecycle overview', 'Scope at a glance', 'Success criteria', 'Risks', 'Costs', 'Baselines to beat', 'Data',
 'Splits', 'Profile of train', 'Evaluation', 'The model in pictures', 'Metrics per slice', 'Baselines',
 'Errors and warnings'].each {
    assert headings.contains(it) : "no section '${it}' among ${headings}"
}
// The overview has a row per stage: each gate PASSED but deploy, skipped without a deployment document (the
// deployment stage is drawn by report-site-page-shows-the-deployment-stage), so readiness is not yet shown.
def overview = doc.getElementById('overview').parent()
def rows = overview.select('table').first().select('tr').drop(1).collect { row -> row.select('td')*.text() }
assert rows*.getAt(0) == ['Scope', 'Data preparation', 'Modelling', 'Modelling', 'Deployment', 'Deployment readiness']
assert rows*.getAt(2) == ['PASSED', 'PASSED', 'PASSED', 'PASSED', 'SKIPPED', 'SKIPPED']
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
// The model in pictures: ROC and precision-recall curves with the operating point, the calibration diagram, each
// with its axes; and the confusion matrix at the threshold.
def pictures = doc.getElementById('evaluation-pictures').parent()
def charts = pictures.select('svg')
assert charts.collect { it.select('title').text() } == ['ROC curve', 'Precision-recall curve', 'Calibration (reliability diagram)']
def roc = charts.get(0)
assert roc.select('text')*.text().containsAll(['False positive rate', 'True positive rate', '0', '0.5', '1'])
assert roc.select('desc').text().startsWith('ROC curve: the red point is the model at its decision threshold (0.3208, 0.9185)')
def curve = roc.select('path').attr('d')
assert curve.startsWith('M') && curve.count('L') >= 100 && curve.count('L') <= 200
assert roc.select('circle[fill="#c0392b"]').size() == 1
assert charts.get(2).select('desc').text() == 'Calibration (reliability diagram): 10 bins holding 3,000 rows, each point marked with its rows; the dashed diagonal is perfect calibration'
def binCounts = charts.get(2).select('text[font-size=9]')*.text()*.toInteger()
assert binCounts.size() == 10 && binCounts.sum() == 3000
def confusion = pictures.select('table').find { it.select('th').first().text() == 'Actual \\ predicted' }
assert confusion.select('tr').get(1).select('td')*.text() == ['0', '1429 (67.9%)', '675 (32.1%)']
assert confusion.select('tr').get(2).select('td')*.text() == ['1', '73 (8.1%)', '823 (91.9%)']
// The baselines' section draws the model's ROC curve over the curve of each baseline scored from its predictions.
def baselines = doc.getElementById('baseline').parent()
def against = baselines.select('svg').find { it.select('title').text() == 'ROC curve of the model and its baselines' }
assert against != null
assert against.select('path').size() == 2
assert against.select('text')*.text().containsAll(['model', 'inactivity-rule'])
// Per slice, a bar for each slice of each judged metric, with its confidence interval across it.
def sliceBars = doc.getElementById('evaluation-slices').parent().select('svg')
assert sliceBars.collect { it.select('title').text() } == ['roc_auc per slice', 'recall per slice', 'precision per slice']
def recallBars = sliceBars.get(1)
assert recallBars.select('rect').size() == 3
assert recallBars.select('line[stroke="#1f4e79"]').size() == 3
assert recallBars.select('text')*.text().containsAll(['plan=basic', 'plan=plus', 'plan=family', '0.93'])
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
