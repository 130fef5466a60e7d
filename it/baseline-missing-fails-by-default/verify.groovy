def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:baseline] ERROR missing-baseline: No release of it.mlgate:no-such-model:(,1.0) with metrics attached (classifier mlmetrics) was found for baseline 'previous'. Set mlgate.baseline.onMissing=warn to go on without it (a first release has no baseline yet). (src/ml/scope.yaml:2:5)")
