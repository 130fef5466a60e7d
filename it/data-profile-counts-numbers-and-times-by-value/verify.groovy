def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [mlgate:data] PASSED: 0 errors, 0 warnings in src/ml/datapackage.yaml')
def profile = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/profile/readings.json'))
assert profile.rows == 5

// 1.0, 1 and 1.00 are one number; 2.5 and 2.50 another.
def value = profile.fields.find { it.name == 'value' }
assert value.distinct == 2
assert value.distinctExact == true

// 10:00:00Z, 10:00:00 and 10:00:00.000 are one instant; 11:30:00+01:00 is 10:30 UTC; 12:00 another. Shown with seconds.
def at = profile.fields.find { it.name == 'at' }
assert at.distinct == 3
assert at.min == '2024-03-01T10:00:00'
assert at.max == '2024-03-01T12:00:00'
assert at.top[0].value == '2024-03-01T10:00:00'
assert at.top[0].count == 3
assert at.top.collect { it.value } == ['2024-03-01T10:00:00', '2024-03-01T10:30:00', '2024-03-01T12:00:00']

// Other types are counted by their text.
def sensor = profile.fields.find { it.name == 'sensor' }
assert sensor.distinct == 2
assert sensor.top == [[value: 'north', count: 3], [value: 'south', count: 2]]
true
