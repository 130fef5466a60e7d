def log = new File(basedir, 'build.log').text

assert log.contains("[WARNING] [mlgate:scope] WARNING unknown-metric: 'successCriteria.model[1].metric' is 'recal', which mlgate does not measure; did you mean 'recall'? A metric of the project's own is judged only when the metrics file gives it. (src/ml/scope.yaml:40:15)")
// A name close to no metric mlgate measures is the project's own, which a metrics file gives.
assert !log.contains("'ndcg_at_10', which mlgate does not measure")
assert log.contains('[INFO] [mlgate:scope] PASSED: 0 errors, 1 warning in src/ml/scope.yaml (8 checks)')
assert log.contains('BUILD SUCCESS')
