def log = new File(basedir, 'build.log').text

assert log.contains('[ERROR] [mlgate:scope] ERROR parse-error: src/ml/scope.yaml is not valid YAML: mapping values are not allowed here. (src/ml/scope.yaml:4:8)')
assert log.contains('[ERROR] [mlgate:scope] FAILED: 1 error, 0 warnings in src/ml/scope.yaml (8 checks)')
// What a user sees without -e: our message, never a parser's stack trace.
assert !log.contains('\tat ')
assert !log.contains('Caused by')
assert !log.toLowerCase().contains('snakeyaml')
assert !log.toLowerCase().contains('jackson')
