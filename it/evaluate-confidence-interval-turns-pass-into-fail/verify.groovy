def log = new File(basedir, 'build.log').text
def line = log.readLines().find { it.contains('criterion-missed: accuracy 0.75 [95% CI ') }
assert line != null
assert line.startsWith('[ERROR] [mlgate:evaluate] ERROR criterion-missed: accuracy 0.75 [95% CI ')
assert line.endsWith('] >= 0.7 -> FAIL (lower bound judged) (src/ml/scope.yaml:3:7)')
def metrics = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/metrics.json'))
assert metrics.intervals.confidence == 0.95
assert metrics.intervals.resamples == 1000
assert metrics.intervals.metrics.accuracy[0] < 0.7
