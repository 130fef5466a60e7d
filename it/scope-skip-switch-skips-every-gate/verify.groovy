def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] [mlgate:scope] SKIPPED: skipped by mlgate.skip')
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
assert report.gates[0].name == 'scope'
assert report.gates[0].status == 'SKIPPED'
