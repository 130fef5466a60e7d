def log = new File(basedir, 'build.log').text
assert log.contains("[INFO] [mlgate:baseline] INFO comparison-met: roc_auc 0.92 vs 0.62 (rule): delta +0.3 (+48.39%) -> PASS (needs improvement >= +0.1) (src/ml/scope.yaml:7:5)")
assert log.contains("[INFO] [mlgate:baseline] INFO comparison-met: accuracy 0.8 vs 0.5 (rule): delta +0.3 (+60%) -> PASS (needs improvement >= 0) (src/ml/scope.yaml:10:5)")
assert log.contains('[INFO] [mlgate:baseline] PASSED: 0 errors, 0 warnings in evidence/predictions.csv')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
assert report.gates[0].comparisons[0].metric == 'roc_auc'
assert report.gates[0].comparisons[0].baselineValue == 0.62
def summary = new File(basedir, 'target/mlgate/summary.md').text
assert summary.contains('| Baseline | Metric | Model | Baseline value | Delta | Relative | p-value | Verdict |')
// Markdown's emphasis characters in user text are escaped: roc\\_auc renders as roc_auc.
assert summary.contains('| rule | roc\\_auc | 0.92 | 0.62 | +0.3 | +48.39% |  | PASSED |')
