def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'hostile' row 3, field 1 'x\"; drop table t; --': 'a'; drop table t; --' is not one of the enum values. (data/hostile.parquet)")
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'hostile' row 3, field 2 'y`) FROM t; --': '2' is above the maximum 1. (data/hostile.parquet)")
assert log.contains("[ERROR] [mlgate:data] FAILED: 2 errors, 0 warnings")
