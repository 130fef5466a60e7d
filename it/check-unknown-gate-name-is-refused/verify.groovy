def log = new File(basedir, 'build.log').text
// A configuration problem, not a violation: the build stops before any gate runs.
assert log.contains("mlgate:check cannot run: gates names 'evaluation', which is not a gate; use any of scope, data, evaluate, baseline, deploy.")
assert !log.contains('[mlgate:scope] PASSED')
