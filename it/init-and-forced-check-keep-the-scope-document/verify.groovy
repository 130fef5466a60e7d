// mlgate.force asks the gates to recompute; it never lets mlgate:init replace the user's scope document.
def log = new File(basedir, 'build.log').text
assert log.contains('[mlgate:init] src/ml/scope.yaml already exists; mlgate:init does not overwrite it. Run with -Dmlgate.overwrite=true to replace it with the template.')
assert !log.contains('Wrote the scope template')
def original = new File(basedir, '../../../it/init-and-forced-check-keep-the-scope-document/src/ml/scope.yaml')
assert new File(basedir, 'src/ml/scope.yaml').bytes == original.bytes
