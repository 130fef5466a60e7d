def scope = new File(basedir, 'src/ml/scope.yaml')
assert scope.isFile()
assert scope.text.startsWith('# Scope of a machine-learning project, checked by the mlgate:scope goal.')
assert scope.text.contains('# Why machine learning, rather than rules, heuristics or a manual process?')

def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:scope] ERROR placeholder: Section 'name' holds a placeholder ('<project name>'), not an answer. (src/ml/scope.yaml:8:7)")
assert log.contains('[ERROR] [mlgate:scope] FAILED: 25 errors, 0 warnings in src/ml/scope.yaml (8 checks)')
assert log.contains('BUILD FAILURE')
