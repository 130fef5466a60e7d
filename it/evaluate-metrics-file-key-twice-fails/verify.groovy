def log = new File(basedir, 'build.log').text
// The first f1 would pass, the second would fail: neither is judged.
assert log.contains("[ERROR] [mlgate:evaluate] ERROR duplicate-key: Key 'metrics.f1' appears twice; the first is at line 1. Keep one. (evidence/metrics.json:2:3)")
assert !log.contains('criterion-met')
assert log.contains('BUILD FAILURE')
return true
