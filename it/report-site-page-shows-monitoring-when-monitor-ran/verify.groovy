import org.jsoup.Jsoup

def doc = Jsoup.parse(new File(basedir, 'target/site/mlgate.html'), 'UTF-8')
def monitoring = doc.getElementById('monitor').parent()
assert monitoring.select('h1, h2').first().text() == 'Monitoring'
assert monitoring.text().contains('production (the production sample) against train, as mlgate:monitor judged it in this build')
def rows = monitoring.select('table').first().select('tr').drop(1)
assert rows.collect { it.select('td')*.text().take(4) + [it.select('td').last().text()] } == [
    ['plan', 'chisquare', '0.7375', 'p >= 0.01', 'stable'],
    ['usage_last_30d', 'wasserstein', '0.03399', '<= 0.2', 'stable'],
    ['support_contacts_90d', 'wasserstein', '0.03671', '<= 0.1', 'stable'],
    ['tenure_months', 'wasserstein', '0.0385', '<= 0.1', 'stable'],
    ['churned', 'chisquare', '0.5531', 'p >= 0.01', 'stable'],
    ['(model scores)', 'wasserstein', '0.02142', '<= 0.1', 'stable']]
// Each field's two distributions, drawn over each other: one pale and one dark bar per bin.
def plan = rows.get(0).select('svg').first()
assert plan.select('desc').text().startsWith('Distribution of plan over 3 bins: train as pale bars, production as dark bars inside them: basic ')
assert plan.select('rect[fill="#9cc3e6"]').size() == 4
assert plan.select('rect[fill="#c0392b"]').size() == 4
// A category's bins are named under them; a number's range is given by its ends.
assert plan.select('text')*.text() == ['basic', 'family', 'plus', 'reference', 'current']
def usage = rows.get(1).select('svg').first()
assert usage.select('text')*.text().size() == 4
assert usage.select('text')*.text().take(2).every { it ==~ /[0-9.]+/ }
assert usage.select('text')*.text().drop(2) == ['reference', 'current']
