def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:evaluate] ERROR invalid-value: evidence/predictions.csv row 3, column 'score': 'abc' is not a finite number. (evidence/predictions.csv:3)")
assert log.contains("[ERROR] [mlgate:evaluate] ERROR invalid-value: evidence/predictions.csv row 4, column 'score': the score 1.5 is not a probability in [0, 1]. (evidence/predictions.csv:4)")
assert !log.contains('criterion-met')
