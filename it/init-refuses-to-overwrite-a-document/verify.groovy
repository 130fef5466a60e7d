def log = new File(basedir, 'build.log').text
assert log.contains('[mlgate:init] src/ml/scope.yaml already exists; mlgate:init does not overwrite it. Run with -Dmlgate.overwrite=true to replace it with the template.')
assert new File(basedir, 'src/ml/scope.yaml').text == 'name: My own scope, not to be replaced\n'
