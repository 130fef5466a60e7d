def log = new File(basedir, 'build.log').text
assert log.contains("[INFO] [mlgate:data] INFO resource-valid: Resource 'cities': 2 rows, no errors. (src/ml/datapackage.yaml:2:5)")
def profile = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/profile/cities.json'), 'UTF-8')
assert profile.fields.find { it.name == 'city' }.top*.value.contains('S\u00e3o Paulo')
