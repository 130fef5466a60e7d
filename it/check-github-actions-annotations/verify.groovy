def lines = new File(basedir, 'build.log').readLines()
// A workflow command must start its line, with no log prefix, or GitHub ignores it.
assert lines.contains('::error file=src/ml/scope.yaml,line=38,col=7,title=mlgate%3Aevaluate criterion-missed::roc_auc 0.9049 >= 0.95 -> FAIL')
assert lines.count { it.startsWith('::error ') } == 1
