import org.jsoup.Jsoup

def log = new File(basedir, 'build.log').text
def page = new File(basedir, 'target/site/mlgate.html')
assert log.contains('[INFO] [mlgate:report] Wrote ' + page.canonicalPath)
def doc = Jsoup.parse(page, 'UTF-8')
assert doc.title() == 'ML Lifecycle Gates'
def overview = doc.getElementById('overview').parent()
def rows = overview.select('table').first().select('tr').drop(1).collect { row -> row.select('td')*.text() }
assert rows*.getAt(0) == ['Scope', 'Data preparation', 'Modelling', 'Modelling', 'Deployment', 'Deployment readiness']
assert rows*.getAt(2) == ['PASSED', 'PASSED', 'PASSED', 'PASSED', 'SKIPPED', 'SKIPPED']
assert !doc.body().ownText().contains('ML Lifecycle Gates')
