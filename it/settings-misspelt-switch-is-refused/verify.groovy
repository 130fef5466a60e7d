// Maven reads any word but "true" as false: failOnViolation=ture would quietly let a failing gate pass.
def log = new File(basedir, 'build.log').text
assert log.contains("mlgate:scope cannot run: mlgate.failOnViolation is 'ture'; use true or false.")
assert !log.contains('[mlgate:scope] PASSED')
assert !log.contains('[mlgate:scope] FAILED')
assert !new File(basedir, 'target/mlgate/report.json').exists()
