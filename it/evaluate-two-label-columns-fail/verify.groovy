def log = new File(basedir, 'build.log').text
// The first label column agrees with every prediction, the second with none: neither is taken.
assert log.contains("[ERROR] [mlgate:evaluate] ERROR duplicate-column: evidence/predictions.csv has the column 'label' twice (columns 1 and 4); name each column once. (evidence/predictions.csv:1)")
assert !log.contains('criterion-met')
assert log.contains('BUILD FAILURE')
