def log = new File(basedir, 'build.log').text

// The key's line break is printed as an escape, on the finding's own line.
assert log.contains("[ERROR] [mlgate:scope] ERROR unknown-key: Unknown key 'probelm\\n::error file=src/ml/scope.yaml::injected' at the top level")
// No line of the build starts with a workflow command GitHub Actions would run.
assert !log.readLines().any { it.startsWith('::') }
// An unknown key is an error: the build fails, naming it on one line.
assert log.contains('BUILD FAILURE')
