def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'plans' row 3, field 2 'plan': 'a\\u0000b' is not one of the enum values. (data/plans.csv:3)")
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'plans' row 5, field 2 'plan': '*bold*_em_`code`' is not one of the enum values. (data/plans.csv:5)")
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'plans' row 6, field 2 'plan': 'abc\\u202edef' is not one of the enum values. (data/plans.csv:6)")
// The JUnit XML parses (an XML parser refuses NUL, U+FFFE and U+FFFF), the cells' forbidden characters replaced.
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/mlgate/junit/TEST-mlgate-data.xml'))
def failure = junit.testcase.find { it.@name == 'resource plans' }.failure
assert failure.@message.text() == "Resource 'plans' row 3, field 2 'plan': 'a\uFFFDb' is not one of the enum values."
assert failure.text().contains("'c\uFFFDd\uFFFDe' is not one of the enum values.")
// summary.md shows Markdown's emphasis and code characters as text.
def summary = new File(basedir, 'target/mlgate/summary.md').getText('UTF-8')
assert summary.contains("'\\*bold\\*\\_em\\_\\`code\\`' is not one of the enum values.")
