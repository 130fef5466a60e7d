def log = new File(basedir, 'build.log').text

assert log.contains("[ERROR] [mlgate:scope] ERROR invalid-value: 'risks[0].likelihood' is 'likely'; allowed values are low, medium, high. (src/ml/scope.yaml:59:17)")
