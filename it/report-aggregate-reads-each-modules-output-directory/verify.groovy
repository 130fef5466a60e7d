import org.jsoup.Jsoup

// The fraud module wrote its results to target/gates, and nothing to target/mlgate.
assert new File(basedir, 'fraud/target/gates/report.json').isFile()
assert !new File(basedir, 'fraud/target/mlgate/report.json').exists()
def doc = Jsoup.parse(new File(basedir, 'target/site/mlgate.html'), 'UTF-8')
def table = doc.getElementById('modules').parent().select('table').first()
assert table.select('tr').drop(1).collect { it.select('td')*.text() } == [
    ['Churn model', 'PASSED', 'PASSED', 'PASSED', 'PASSED', 'SKIPPED', 'PASSED'],
    ['Fraud model', 'PASSED', 'PASSED', 'FAILED', 'PASSED', 'SKIPPED', 'FAILED']]
