def log = new File(basedir, 'build.log').text
// (.*a){12}$ backtracks exponentially on 36 a's and a b: the cell fails at the budget, in seconds, not minutes.
assert log.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'customers' row 3, field 2 'code': 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab' cannot be matched against the pattern (.*a){12}\$|AB within its budget of steps (the pattern backtracks too much on this cell; avoid nested repetition such as (.*a)*). (data/customers.csv:3)")
assert log.contains("[ERROR] [mlgate:data] FAILED: 1 error, 0 warnings in src/ml/datapackage.yaml")
return true
