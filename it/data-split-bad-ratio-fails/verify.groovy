def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR split-ratio: The test split (test) holds 5% of the rows; ratios.test asks for 15% to 30%. (src/ml/datapackage.yaml:8:1)")
