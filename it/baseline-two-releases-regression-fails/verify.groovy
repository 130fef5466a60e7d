def log = new File(basedir, 'build.log').text
def first = new File(basedir, 'build.log').text
assert first.contains('[INFO] [mlgate:attach-metrics] Attached target/mlgate/metrics.json as it.mlgate:churn-model:json:mlmetrics:1.0; mlgate:evaluate writes it in the verify phase.')
assert first.contains('BUILD SUCCESS')
def second = first
assert second.contains("[INFO] [mlgate:baseline] INFO baseline-read: Baseline 'last-release' is release it.mlgate:churn-model:1.0. (src/ml/scope.yaml:6:5)")
assert second.contains("[ERROR] [mlgate:baseline] ERROR comparison-missed: roc_auc 0.62 vs 0.92 (last-release): delta -0.3 (-32.61%) -> FAIL (needs improvement >= -0.01) (src/ml/scope.yaml:11:5)")
assert second.contains('BUILD FAILURE')
