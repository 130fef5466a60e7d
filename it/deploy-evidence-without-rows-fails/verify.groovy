def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:deploy] ERROR parity-evidence: The evidence test has no rows: the served model's scores cannot be compared with the evaluated ones, nor timed. (src/ml/deployment.yaml:4:3)")
assert !log.contains('reproduces the score')
