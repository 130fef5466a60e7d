def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:monitor] ERROR invalid-method: monitoring.drift.fields[0] measures 'plan' with ks, which needs numbers; for categories use chisquare, jensenshannon, psi or linfinity. (src/ml/deployment.yaml:11:9)")
// The rule is refused before any data are read, so no drift is measured.
assert !log.contains('INFO drift: Watched')
