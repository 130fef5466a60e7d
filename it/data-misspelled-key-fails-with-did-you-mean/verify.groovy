def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR unknown-key: Unknown key 'primarykey' in a Table Schema; did you mean 'primaryKey'? An unknown key checks nothing, so it is an error. (src/ml/datapackage.yaml:5:7)")
assert log.contains('BUILD FAILURE')
