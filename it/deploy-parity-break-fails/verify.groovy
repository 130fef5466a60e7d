def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:deploy] ERROR parity: The served model's churn_score differs from the score in ml/predictions.csv by more than 0.00001 on 1 of 40 rows of test (largest difference 0.05): training/serving skew. row 8 (customer_id 1008): served 0.2007, evaluated 0.2507. (src/ml/deployment.yaml:4:3)")
assert log.contains('[ERROR] [mlgate:deploy] FAILED: 1 error, 0 warnings in src/ml/deployment.yaml (8 checks)')
