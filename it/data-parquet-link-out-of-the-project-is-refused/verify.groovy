def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR resource-error: Resource 'events': the file 'data/events/part-1.parquet', found under its path, is a link that leads outside the project directory; the data gate reads files inside the project only (a data package could otherwise make the build read and print any file, such as /proc/self/environ). Move the file into the project, or allow it with -Dmlgate.data.allowOutsideProject=true. (src/ml/datapackage.yaml:3:5)")
assert log.contains("[ERROR] [mlgate:data] FAILED: 1 error, 0 warnings in src/ml/datapackage.yaml (1 check)")
// Nothing of the environment reaches the log or the outputs.
assert !log.contains('do-not-print-me')
new File(basedir, 'target/mlgate').eachFileRecurse { file -> if (file.isFile()) assert !file.text.contains('do-not-print-me') }
