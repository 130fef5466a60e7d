def log = new File(basedir, 'build.log').text
def errors = log.readLines().findAll { it.startsWith('[ERROR] [mlgate:data] ERROR ') }
// Row 4's id is missing in a required key field: the required constraint, as Frictionless reports it.
assert errors.contains("[ERROR] [mlgate:data] ERROR constraint-error: Resource 'trades' row 4, field 1 'id': the value is missing, but the field is required and part of the primary key. (data/trades.csv:4)")
// 'March' is not an abbreviated month name (%b), as Python's strptime says; 10:20 has no seconds.
assert errors.contains("[ERROR] [mlgate:data] ERROR type-error: Resource 'trades' row 5, field 2 'day': 'March 9 2000' is not a date in the format %b %d %Y (type date). (data/trades.csv:5)")
assert errors.contains("[ERROR] [mlgate:data] ERROR type-error: Resource 'trades' row 5, field 3 'at': '10:20' is not a time (hh:mm:ss) (type time). (data/trades.csv:5)")
// Nothing else: 'jan 03 2000', nan, -INF, -0 below a maximum of 0, and coordinates as strings are all valid.
assert errors.size() == 3 : errors
