def log = new File(basedir, 'build.log').text

assert log.contains("[ERROR] [mlgate:scope] ERROR missing-bound: Model criterion 'successCriteria.model[0]' (metric 'roc_auc') sets none of 'min', 'max' or 'maxGap'; a criterion needs a bound to be checked. (src/ml/scope.yaml:38:7)")
assert log.contains("[ERROR] [mlgate:scope] ERROR inverted-bounds: Model criterion 'successCriteria.model[4]' (metric 'latency_p95_ms') has min 200 above max 50; no value can meet it. (src/ml/scope.yaml:47:12)")
