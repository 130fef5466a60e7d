def log = new File(basedir, 'build.log').text
def first = "ERROR contract-input: The model takes 'tenure_months', which is not an input of the scope (src/ml/scope.yaml). (src/ml/deployment.yaml:2:3)"
def second = "ERROR contract-input: The scope's input 'tenure' is not an input of the model. The model takes usage_last_30d, support_contacts_90d, tenure_months, plan. (src/ml/deployment.yaml:2:3)"
// The gate's lines list each finding once...
assert log.contains('[ERROR] [mlgate:deploy] ' + first)
assert log.contains('[ERROR] [mlgate:deploy] ' + second)
assert log.contains('[ERROR] [mlgate:deploy] FAILED: 2 errors, 0 warnings in src/ml/deployment.yaml (8 checks)')
// ...and the failure Maven prints at the end gives the counts and the first, not the list again.
assert log.contains("""mlgate:deploy failed with 2 errors, 0 warnings in src/ml/deployment.yaml; the first (the lines above list the others):
[ERROR]   ${first}
[ERROR] Full report: target/mlgate/report.json""")
assert log.count(first) == 2
assert log.count(second) == 1
