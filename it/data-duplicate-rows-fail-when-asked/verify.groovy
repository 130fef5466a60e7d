def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR duplicate-row: Resource 'events' row 4 repeats row 2. (data/events.csv:4)")
