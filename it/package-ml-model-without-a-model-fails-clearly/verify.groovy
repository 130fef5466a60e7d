def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [mlgate:data] PASSED')
assert log.contains('mlgate:package-model cannot run: the model target/model/model.onnx does not exist; train it before the package phase, or name it with -Dmlgate.model=<file>.')
assert !log.contains('did not assign a file to the build artifact')
return true
