def log = new File(basedir, 'build.log').text

assert log.contains("[ERROR] [mlgate:scope] ERROR placeholder: Section 'name' holds a placeholder ('TODO'), not an answer. (src/ml/scope.yaml:2:7)")
assert log.contains("[ERROR] [mlgate:scope] ERROR placeholder: 'objectives.business' holds a placeholder ('TBD'), not an answer. (src/ml/scope.yaml:34:13)")
assert log.contains('[ERROR] [mlgate:scope] FAILED: 2 errors, 0 warnings in src/ml/scope.yaml (8 checks)')
