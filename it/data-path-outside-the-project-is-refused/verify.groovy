def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR resource-error: Resource 'environment': the path '/proc/self/environ' leads outside the project directory; the data gate reads files inside the project only (a data package could otherwise make the build read and print any file, such as /proc/self/environ). Move the file into the project, or allow it with -Dmlgate.data.allowOutsideProject=true. (src/ml/datapackage.yaml:3:5)")
// Nothing of the environment reaches the log or the outputs.
assert !log.contains('do-not-print-me')
def outputs = new File(basedir, 'target/mlgate')
outputs.eachFileRecurse { file -> if (file.isFile()) assert !file.text.contains('do-not-print-me') }
