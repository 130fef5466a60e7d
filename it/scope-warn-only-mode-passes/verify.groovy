def log = new File(basedir, 'build.log').text

assert log.contains("[WARNING] [mlgate:scope] ERROR placeholder: Section 'name' holds a placeholder ('TODO'), not an answer. (src/ml/scope.yaml:2:7)")
assert log.contains('[WARNING] [mlgate:scope] FAILED: 2 errors, 0 warnings in src/ml/scope.yaml (8 checks)')
assert log.contains('[WARNING] [mlgate:scope] failOnViolation is false: the build goes on despite the violations above.')
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
assert report.gates[0].status == 'FAILED'
