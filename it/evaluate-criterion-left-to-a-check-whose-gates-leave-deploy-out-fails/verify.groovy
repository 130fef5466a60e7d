def log = new File(basedir, 'build.log').text
// mlgate:check is bound, but its gates leave the deploy gate out: the criteria evaluate leaves to it fail here.
assert log.contains("[ERROR] [mlgate:evaluate] ERROR not-judged: 'latency_p95_ms' is judged by the deploy gate on the model src/ml/deployment.yaml serves, but mlgate:deploy does not run in this build (the execution 'gates-before-release' of mlgate:check runs only the gates scope, baseline): bind it or mlgate:check, package with ml-model, or set latencyFile to judge it here. (src/ml/scope.yaml:13:7)")
assert log.contains("[ERROR] [mlgate:evaluate] ERROR not-judged: 'model_size_mb' is judged by the deploy gate on the model src/ml/deployment.yaml serves, but mlgate:deploy does not run in this build (the execution 'gates-before-release' of mlgate:check runs only the gates scope, baseline): bind it or mlgate:check, package with ml-model, or set modelFile to judge it here. (src/ml/scope.yaml:15:7)")
assert log.contains('[ERROR] [mlgate:evaluate] FAILED: 2 errors, 0 warnings in ml/predictions.csv (4 checks)')
assert !log.contains('judged-when-served')
