def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] [mlgate:scope] SKIPPED: skipped by mlgate.scope.skip')
assert log.contains('BUILD SUCCESS')
