def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:monitor] ERROR missing-section: Required section 'serving' is missing. It answers: What is served, in which format and how, and how close must it stay to the evaluated model? (src/ml/deployment.yaml:1:1)")
assert log.contains("[ERROR] [mlgate:monitor] ERROR placeholder: 'rollback.fallback' holds a placeholder ('TBD'), not an answer. (src/ml/deployment.yaml:12:13)")
assert log.contains('[ERROR] [mlgate:monitor] FAILED: 2 errors, 0 warnings in src/ml/deployment.yaml (7 checks)')
assert !log.contains('INFO drift: Watched')
