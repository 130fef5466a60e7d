def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [mlgate:init] Wrote the deployment template to src/ml/deployment.yaml. Replace every <prompt> in it with your answer: the deployment gates fail until you do.')
def written = new File(basedir, 'src/ml/deployment.yaml').text
assert written.startsWith('# Deployment of a machine-learning model: how it is served, watched and withdrawn.')
assert written.contains('  mode: "<batch or online>"')
// Only the document asked for: no scope template.
assert !new File(basedir, 'src/ml/scope.yaml').exists()
