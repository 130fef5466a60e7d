def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:monitor] ERROR field-drift: The field 'usage_last_30d' drifted from train to production: the Wasserstein distance in reference standard deviations, 1.385, is above its bound 0.1 (the default for 1,200 numeric values). Its median is 300.5 in train and 178.4 in production. (src/ml/deployment.yaml:8:3)")
assert log.contains('[INFO] [mlgate:monitor] INFO drift: Watched 3 fields of production against train: 1 drifted. (src/ml/deployment.yaml:8:3)')
assert log.contains('[ERROR] [mlgate:monitor] FAILED: 1 error, 0 warnings in src/ml/deployment.yaml (7 checks)')
// The other fields did not move.
assert !log.contains("The field 'plan' drifted")
assert !log.contains("The field 'tenure_months' drifted")
