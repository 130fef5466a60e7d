import org.jsoup.Jsoup

def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:monitor] ERROR field-drift: The field 'usage_last_30d' drifted from train to production")
assert log.contains('[INFO] [mlgate:monitor] The failure stops the build before the site: wrote the page, with the drift found, to target/site/mlgate.html.')
assert log.contains('BUILD FAILURE')
// The site plugin never ran: the page is the one the monitor wrote, and it shows the drift.
assert !log.contains('maven-site-plugin')
def doc = Jsoup.parse(new File(basedir, 'target/site/mlgate.html'), 'UTF-8')
def monitoring = doc.getElementById('monitor').parent()
assert monitoring.select('h1, h2').first().text() == 'Monitoring'
def usage = monitoring.select('table').first().select('tr').drop(1).find { it.select('td').first().text() == 'usage_last_30d' }
assert usage.select('td').take(2)*.text() == ['usage_last_30d', 'wasserstein']
assert usage.select('td').last().text() == 'DRIFTED'
// The lifecycle gates the page runs itself kept their results beside the monitor's.
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
assert report.gates*.name.contains('monitor')
assert report.gates.find { it.name == 'monitor' }.status == 'FAILED'
