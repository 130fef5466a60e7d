import org.jsoup.Jsoup

def html = new File(basedir, 'target/site/mlgate.html').text
def doc = Jsoup.parse(html)
// The cell value and the scope text are shown as text ...
assert doc.text().contains("'<script>alert(1)</script>'")
assert doc.text().contains('Retention <b>analytics</b> team')
// ... and never become elements.
assert doc.select('script').every { !it.data().contains('alert(1)') }
assert doc.select('b').every { it.text() != 'analytics' }
assert html.contains('&lt;script&gt;alert(1)&lt;/script&gt;')
// The data gate failed on the value (failOnViolation=false let the site build go on).
def overview = doc.getElementById('overview').parent().select('table').first()
assert overview.select('tr').get(2).select('td')*.text()[0..2] == ['Data preparation', 'mlgate:data', 'FAILED']
