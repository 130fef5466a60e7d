def log = new File(basedir, 'build.log').text

assert log.contains("[ERROR] [mlgate:scope] ERROR file-missing: No scope document found: looked for src/ml/scope.yaml, src/ml/scope.yml, src/ml/scope.json. Run 'mvn mlgate:init' to write a commented template, then answer its questions. (src/ml/scope.yaml)")
assert log.contains('[ERROR] [mlgate:scope] FAILED: 1 error, 0 warnings in src/ml/scope.yaml (8 checks)')
assert log.contains('mlgate:scope failed with 1 error, 0 warnings in src/ml/scope.yaml:')
assert log.contains('BUILD FAILURE')
