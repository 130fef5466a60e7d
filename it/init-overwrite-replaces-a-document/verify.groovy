def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [mlgate:init] Wrote the scope template to src/ml/scope.yaml. Replace every <prompt> in it with your answer: the scope gate fails until you do.')
assert new File(basedir, 'src/ml/scope.yaml').text.startsWith('# Scope of a machine-learning project')
