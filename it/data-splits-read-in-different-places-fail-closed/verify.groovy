def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR resource-error: The splits are read in different places (train by the engine 'duckdb' (duckdb), test by the streaming gate): the split checks compare samples across splits, so they run where all the splits are read, one engine or the streaming gate. (src/ml/datapackage.yaml:16:1)")
assert log.contains("[INFO] [mlgate:data] INFO resource-valid: Resource 'train': 4 rows, no errors.")
assert !log.contains('split-leakage')
