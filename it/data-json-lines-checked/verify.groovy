def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR type-error: Resource 'scores' row 3, field 3 'score': 'high' is not a number (type number). (data/scores.jsonl:3)")
