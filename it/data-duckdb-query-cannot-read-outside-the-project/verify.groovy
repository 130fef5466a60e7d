def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR source-error: Resource 'environment' cannot be read by the engine 'local' (duckdb): Permission Error: Cannot access file \"/proc/self/environ\" - file system operations are disabled by configuration (src/ml/datapackage.yaml:5:5)")
assert log.contains("[ERROR] [mlgate:data] FAILED: 1 error, 0 warnings in src/ml/datapackage.yaml (2 checks)")
// Nothing of the environment reaches the log or the outputs.
assert !log.contains('do-not-print-me')
new File(basedir, 'target/mlgate').eachFileRecurse { file -> if (file.isFile()) assert !file.text.contains('do-not-print-me') }
