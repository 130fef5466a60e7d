def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR schema-error: Invalid Table Schema: the field 'id' has the unknown type 'int'; the types are string, number, integer, boolean, object, array, date, time, datetime, year, yearmonth, duration, geopoint, geojson, any. (src/ml/datapackage.yaml:7:11)")
