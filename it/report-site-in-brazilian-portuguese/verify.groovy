import org.jsoup.Jsoup

// The site plugin writes a locale other than its default under a folder of its own.
def doc = Jsoup.parse(new File(basedir, 'target/site/pt_BR/mlgate.html'), 'UTF-8')
assert doc.title().contains('Portões do ciclo de vida de ML')
def headings = doc.select('h1, h2, h3').collect { it.text() }
['Visão geral do ciclo de vida', 'O escopo em resumo', 'Critérios de sucesso', 'Riscos', 'Dados', 'Avaliação',
 'Referências', 'Erros e avisos'].each {
    assert headings.contains(it) : "no section '${it}' among ${headings}"
}
// The project has no deployment document: its deploy gate is skipped, so readiness is not yet shown.
assert doc.text().contains('Ainda não demonstrado: o(s) portão(ões) deploy não rodou(aram).')
def stages = doc.getElementById('overview').parent().select('table').first().select('tr').drop(1).collect { it.select('td').first().text() }
assert stages == ['Escopo', 'Preparação dos dados', 'Modelagem', 'Modelagem', 'Implantação', 'Prontidão para implantação']
