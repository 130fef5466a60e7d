def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:baseline] ERROR comparison-missed: roc_auc 0.92 vs 0.97 (published-sota): delta -0.05 (-5.15%) -> FAIL (needs improvement >= -0.02) (src/ml/scope.yaml:7:5)")
assert log.contains('BUILD FAILURE')
