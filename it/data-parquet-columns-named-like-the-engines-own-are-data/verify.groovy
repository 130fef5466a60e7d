def log = new File(basedir, 'build.log').text
// Rows keep their places, the columns are data: no extra-label, no row moved.
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'customers' row 3, field 1 'customer_id': '2' is above the maximum 1. (data/customers.parquet)")
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'customers' row 4, field 1 'customer_id': '3' is above the maximum 1. (data/customers.parquet)")
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'customers' row 4, field 3 '__mlgate_file': '97' is below the minimum 98. (data/customers.parquet)")
assert log.contains("[INFO] [mlgate:data] INFO error-counts: Resource 'customers': 3 rows, 3 errors in 2 rows (66.6667%): constraint-error 3 (customer_id 2, __mlgate_file 1). (src/ml/datapackage.yaml:2:5)")
assert log.contains("[ERROR] [mlgate:data] FAILED: 3 errors, 0 warnings in src/ml/datapackage.yaml (2 checks)")
assert !log.contains('extra-label')
