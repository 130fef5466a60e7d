import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// scipy.stats.chisquare([50, 50, 200], [100, 100, 100]): statistic 150.0, p-value 2.678636961808087e-33.
assert log.contains("[ERROR] [mlgate:monitor] ERROR prediction-drift: The model's predicted classes drifted from the evaluation (ml/predictions.csv) to production (ml/production-predictions.csv): the chi-square p-value 2.679e-33 (statistic 150) is below its bound 0.05 (the default for 300 categorical values). The share of 'family' moved from 33.3% in the evaluation to 66.7% in production. (src/ml/deployment.yaml:12:3)")
// The input fields did not move: only the predictions did.
assert log.contains('[INFO] [mlgate:monitor] INFO drift: Watched 3 fields of production against train: none drifted. (src/ml/deployment.yaml:8:3)')
assert log.contains('[ERROR] [mlgate:monitor] FAILED: 1 error, 0 warnings in src/ml/deployment.yaml (7 checks)')

def monitor = new JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json')).gates.find { it.name == 'monitor' }
def classes = monitor.drift.fields.find { it.field == '(predicted classes)' }
assert classes.method == 'chisquare' && classes.drifted && classes.referenceValues == 300 && classes.currentValues == 300
assert classes.bins.collect { it.label } == ['basic', 'family', 'plus']
