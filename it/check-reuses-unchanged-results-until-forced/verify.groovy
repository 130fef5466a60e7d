def log = new File(basedir, 'build.log').text
// Three builds: the first computes, the second reuses every gate, the third (-Dmlgate.force=true) recomputes.
def builds = log.split(/--- mlgate:[^ ]+:check/)
assert builds.length == 4
assert !builds[1].contains('reusing the stored result')
['scope', 'data', 'evaluate', 'baseline'].each { gate ->
    assert builds[2] =~ /\[INFO\] \[mlgate:${gate}\] Inputs, configuration and plugin version unchanged since \d{4}-\d\d-\d\dT[^ ]+Z: reusing the stored result \(-Dmlgate.force=true recomputes\)\./
}
assert !builds[3].contains('reusing the stored result')
// A reused result is reported like a computed one.
builds[1..3].each { assert it.contains('[INFO] [mlgate:check] PASSED: scope PASSED, data PASSED, evaluate PASSED, baseline PASSED') }
assert new File(basedir, 'target/mlgate/results/data.json').isFile()
