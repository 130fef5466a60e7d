def log = new File(basedir, 'build.log').text
assert log.contains("[INFO] [mlgate:data] INFO resource-valid: Resource 'customers': 4 rows, no errors.")
def statements = log.readLines().findAll { it.startsWith('[DEBUG] [mlgate:data] customers: ') }
assert statements.every { it =~ /^\[DEBUG\] \[mlgate:data\] customers: \d+\.\d{3} s: \S/ }
// The cells are read once, kept, checked and profiled from where they are kept, and dropped.
def keep = statements.findIndexOf { it.contains(' s: CREATE TEMPORARY TABLE "mlgate_cells_') && it.contains(' AS SELECT f, r, o, ') }
def drop = statements.findIndexOf { it.contains(' s: DROP TABLE IF EXISTS "mlgate_cells_') }
assert keep >= 0 && drop > keep
assert statements.subList(keep + 1, drop).every { it.contains('FROM "mlgate_cells_') }
assert statements.subList(keep + 1, drop).size() >= 2
