def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] [mlgate:baseline] WARNING missing-baseline: No release of it.mlgate:no-such-model:(,1.0) with metrics attached (classifier mlmetrics) was found for baseline 'previous'. Going on without it (onMissing=warn). (src/ml/scope.yaml:2:5)")
assert log.contains('BUILD SUCCESS')
