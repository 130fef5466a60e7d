def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR missing-schema: Resource 'customers' has no schema; the data gate needs a Table Schema for every resource, inline or as a path to a schema file. (src/ml/datapackage.yaml:2:5)")
