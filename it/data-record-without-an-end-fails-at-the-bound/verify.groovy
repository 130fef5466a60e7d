def log = new File(basedir, 'build.log').text
// The quote opened on line 4 is never closed: the record would run to the end of any file, however large.
assert log.contains("[ERROR] [mlgate:data] ERROR source-error: Resource 'customers': data/customers.csv line 4: a record longer than 2,048 bytes (set by mlgate.data.maxRecordBytes); the file is not read on. A line break or a closing quote may be missing. (data/customers.csv:4)")
assert log.contains('BUILD FAILURE')
