def log = new File(basedir, 'build.log').text

assert log.contains("[ERROR] [mlgate:scope] ERROR unmitigated-risk: Risk 'risks[1]' ('Usage data arrives late and the weekly list is built on stale features.') is high in likelihood and impact but has no 'mitigation'. (src/ml/scope.yaml:62:5)")
