def log = new File(basedir, 'build.log').text
assert log.contains('mlgate:init')
assert log.contains('mlgate:scope')
assert log.contains('User property: mlgate.scopeFile')
assert log.contains('User property: mlgate.failOnViolation')
