// A setting no gate can use stops the build (BUILD ERROR) before any gate runs, even a gate that does not read it.
def log = new File(basedir, 'build.log').text
assert log.contains("mlgate:scope cannot run: task is 'ranking'; use binary, multiclass or regression.")
assert !log.contains('[mlgate:scope] PASSED')
assert !new File(basedir, 'target/mlgate/report.json').exists()
