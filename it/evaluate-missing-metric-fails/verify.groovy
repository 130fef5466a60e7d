def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:evaluate] ERROR missing-metric: 'latency_p95_ms' is not measured by the evidence (evidence/predictions.csv); a criterion on it cannot pass. (src/ml/scope.yaml:3:7)")
