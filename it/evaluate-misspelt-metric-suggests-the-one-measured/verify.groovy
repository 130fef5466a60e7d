def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:evaluate] ERROR missing-metric: 'acuracy' is not measured by the evidence (evidence/predictions.csv); a criterion on it cannot pass; did you mean 'accuracy'? (src/ml/scope.yaml:3:7)")
assert log.contains('[ERROR] [mlgate:evaluate] FAILED: 1 error, 0 warnings in evidence/predictions.csv (3 checks)')
// The scope gate warns of the name (scope-misspelt-metric-warns-with-did-you-mean); the evaluation says it once, as the error.
assert !log.contains('unknown-metric')
