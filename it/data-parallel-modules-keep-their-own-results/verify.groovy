import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR type-error: Resource 'events' row 501, field 2 'day': '2024-02-30' is not a date")
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'events' row 20001, field 3 'amount': '-2'")
assert log.contains("[ERROR] [mlgate:data] ERROR type-error: Resource 'events' row 90001, field 3 'amount': 'lots' is not a number")

def expected = [
    1: ['FAILED', 'type-error', 'data/events.csv:501'],
    2: ['FAILED', 'constraint-error', 'data/events.csv:20001'],
    3: ['FAILED', 'type-error', 'data/events.csv:90001'],
    4: ['PASSED', null, null],
]
expected.each { n, want ->
    def report = new JsonSlurper().parse(new File(basedir, "m${n}/target/mlgate/report.json"))
    assert report.gates.size() == 1
    def gate = report.gates[0]
    assert gate.status == want[0] : "m${n}: ${gate.status}"
    def errors = gate.findings.findAll { it.severity == 'ERROR' }
    if (want[1] == null) {
        assert errors.isEmpty()
    } else {
        assert errors.size() == 1 : "m${n}: ${errors}"
        assert errors[0].code == want[1]
        assert "${errors[0].location.file}:${errors[0].location.line}" == want[2]
    }
    def profile = new JsonSlurper().parse(new File(basedir, "m${n}/target/mlgate/profile/events.json"))
    assert profile.rows == 100000 + 1000 * n : "m${n}: ${profile.rows} rows"
}
return true
