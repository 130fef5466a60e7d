import org.jsoup.Jsoup

def doc = Jsoup.parse(new File(basedir, 'target/site/mlgate.html'), 'UTF-8')
assert doc.select('h1, h2').collect { it.text() }.contains('ML Lifecycle Gates of the modules')
def table = doc.getElementById('modules').parent().select('table').first()
assert table.select('th')*.text() == ['Module', 'mlgate:scope', 'mlgate:data', 'mlgate:evaluate', 'mlgate:baseline', 'mlgate:deploy', 'Overall']
def rows = table.select('tr').drop(1)
assert rows.collect { it.select('td')*.text() } == [
    // Neither module has a deployment document: its deploy gate is skipped, which the overall status leaves out.
    ['Churn model', 'PASSED', 'PASSED', 'PASSED', 'PASSED', 'SKIPPED', 'PASSED'],
    ['Fraud model', 'PASSED', 'PASSED', 'FAILED', 'PASSED', 'SKIPPED', 'FAILED']]
assert rows.collect { it.select('a').attr('href') } == ['churn-model/mlgate.html', 'fraud-model/mlgate.html']
// Each module has its own full page.
['churn', 'fraud'].each {
    def module = Jsoup.parse(new File(basedir, "${it}/target/site/mlgate.html"), 'UTF-8')
    assert module.select('h1, h2').collect { h -> h.text() }.contains('Lifecycle overview')
}
true
