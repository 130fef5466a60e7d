def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR type-error: Resource 'customers' row 5, field 2 'signup': '2024-13-01' is not a date (YYYY-MM-DD) (type date). (data/customers.csv:5)")
assert log.contains('BUILD FAILURE')
def summary = new File(basedir, 'target/mlgate/summary.md').text
assert summary.contains('| Resource | Rows | Errors | Rows with errors | Errors by code |')
assert summary.contains('| customers | 4 | 1 | 1 | type-error 1 |')
