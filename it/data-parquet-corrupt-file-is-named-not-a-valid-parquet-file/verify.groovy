def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR source-error: Resource 'short': data/short.parquet is not a valid Parquet file: its metadata cannot be read (DuckDB: Invalid Input Error: File 'data/short.parquet' too small to be a Parquet file). (data/short.parquet)")
assert log.contains('[ERROR] [mlgate:data] FAILED: 1 error, 0 warnings in src/ml/datapackage.yaml (2 checks)')
assert !log.contains('java.')
