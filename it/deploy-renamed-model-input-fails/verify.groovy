def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:deploy] ERROR contract-input: The model takes 'tenure_months', which is not an input of the scope (src/ml/scope.yaml). (src/ml/deployment.yaml:2:3)")
assert log.contains("[ERROR] [mlgate:deploy] ERROR contract-input: The scope's input 'tenure' is not an input of the model. The model takes usage_last_30d, support_contacts_90d, tenure_months, plan. (src/ml/deployment.yaml:2:3)")
assert log.contains('[ERROR] [mlgate:deploy] FAILED: 2 errors, 0 warnings in src/ml/deployment.yaml (8 checks)')
// Parity is not judged against a broken contract.
assert !log.contains('INFO parity')
