def log = new File(basedir, 'build.log').text

// The key's line break is printed as an escape, on the finding's own line.
assert log.contains("[WARNING] [mlgate:scope] WARNING unknown-key: Unknown key 'probelm\\n::error file=src/ml/scope.yaml::injected' at the top level")
// No line of the build starts with a workflow command GitHub Actions would run.
assert !log.readLines().any { it.startsWith('::') }
assert log.contains('BUILD SUCCESS')
