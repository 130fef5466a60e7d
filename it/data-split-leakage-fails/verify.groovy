def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR split-leakage: The train and test splits share 3 samples by key (id), for example train row 79 and test row 2; train row 80 and test row 3; train row 81 and test row 4. A sample in both leaks the test set into train. (src/ml/datapackage.yaml:8:1)")
assert log.contains('BUILD FAILURE')
