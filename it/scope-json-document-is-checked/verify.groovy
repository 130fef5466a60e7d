def log = new File(basedir, 'build.log').text

assert log.contains("[ERROR] [mlgate:scope] ERROR missing-section: Required section 'whyMachineLearning' is missing. It answers: Why machine learning, rather than rules, heuristics or a manual process? (src/ml/scope.json:1:1)")
assert log.contains('[ERROR] [mlgate:scope] FAILED: 8 errors, 0 warnings in src/ml/scope.json (8 checks)')
