import org.jsoup.Jsoup

def log = new File(basedir, 'build.log').text
assert !log.contains('mlgate:check')
def doc = Jsoup.parse(new File(basedir, 'target/site/mlgate.html'), 'UTF-8')
assert doc.text().contains('Results computed for this report; gates with unchanged inputs reuse the results stored by an earlier run.')
def overview = doc.getElementById('overview').parent()
def rows = overview.select('table').first().select('tr').drop(1).collect { row -> row.select('td')*.text() }
assert rows*.getAt(2) == ['PASSED', 'PASSED', 'PASSED', 'PASSED', 'SKIPPED', 'SKIPPED']
// The report wrote the gates' outputs as check would have.
assert new File(basedir, 'target/mlgate/report.json').isFile()
assert new File(basedir, 'target/site/mlgate/report.json').isFile()
