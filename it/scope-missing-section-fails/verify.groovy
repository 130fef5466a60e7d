def log = new File(basedir, 'build.log').text

assert log.contains("[ERROR] [mlgate:scope] ERROR missing-section: Required section 'whyMachineLearning' is missing. It answers: Why machine learning, rather than rules, heuristics or a manual process? (src/ml/scope.yaml:2:1)")
assert log.contains("[ERROR] [mlgate:scope] ERROR missing-section: Required section 'costs' is missing. It answers: What will it cost: problem difficulty, data acquisition, accuracy needed? (src/ml/scope.yaml:2:1)")
assert log.contains('[ERROR] [mlgate:scope] FAILED: 2 errors, 0 warnings in src/ml/scope.yaml (8 checks)')
assert log.contains('BUILD FAILURE')
