def log = new File(basedir, 'build.log').text
// Three builds: mlgate:deploy measures; check reuses its figures; check with -Dmlgate.force=true measures again.
def latency = /\[INFO\] \[mlgate:deploy\] INFO latency: .*/
def builds = log.split(/--- mlgate:[^ ]+:(deploy|check)/)
assert builds.length == 4
assert !builds[1].contains('reusing the stored result')
assert builds[2] =~ /\[INFO\] \[mlgate:deploy\] Inputs, configuration and plugin version unchanged since \d{4}-\d\d-\d\dT[^ ]+Z: reusing the stored result \(-Dmlgate.force=true recomputes\)\./
assert !builds[3].contains('reusing the stored result')
def measured = (builds[1] =~ latency)[0]
// The same figures, to the last digit: the console, report.json and the site show one measurement.
assert (builds[2] =~ latency)[0] == measured
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
assert report.gates.find { it.name == 'deploy' }.status == 'PASSED'
