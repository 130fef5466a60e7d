def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [mlgate:monitor] INFO drift: Watched 5 fields of production against train: none drifted. (src/ml/deployment.yaml:19:3)')
assert log.contains('[INFO] [mlgate:monitor] INFO predictions-read: Scored 1500 binary predictions from ml/production-predictions.csv. (ml/production-predictions.csv)')
assert log.contains('[ERROR] [mlgate:monitor] ERROR criterion-missed: recall 0.6444 [95% CI 0.6045, 0.6874] >= 0.9 -> FAIL (lower bound judged) (src/ml/deployment.yaml:30:7)')
assert log.contains('[INFO] [mlgate:monitor] INFO criterion-met: precision 0.7456 [95% CI 0.7076, 0.7898] >= 0.35 -> PASS (lower bound judged) (src/ml/deployment.yaml:32:7)')
assert log.contains('[ERROR] [mlgate:monitor] FAILED: 1 error, 0 warnings in src/ml/deployment.yaml (10 checks)')
// The production metrics are kept apart from the evaluation's.
assert new File(basedir, 'target/mlgate/monitor/metrics.json').isFile()
assert !new File(basedir, 'target/mlgate/metrics.json').exists()
