def log = new File(basedir, 'build.log').text
def line = "[ERROR] [mlgate:data] ERROR unknown-key: Unknown key 'constrains' in a field; did you mean 'constraints'? An unknown key checks nothing, so it is an error. (src/ml/shared.schema.yaml:3:32)"
assert log.contains(line)
// Once for the file, not once per resource that names it (the failure message repeats the first violation once).
assert log.count("[mlgate:data] ERROR unknown-key") == 1
assert log.contains('[ERROR] [mlgate:data] FAILED: 1 error, 0 warnings in src/ml/datapackage.yaml (4 checks)')
