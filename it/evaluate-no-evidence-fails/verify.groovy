def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] [mlgate:evaluate] ERROR no-evidence: No evaluation evidence: neither the predictions evidence/predictions.csv nor the metrics file target/ml/metrics.json exists. Write one of them before this phase, or set predictionsFile / metricsFile. (evidence/predictions.csv)')
