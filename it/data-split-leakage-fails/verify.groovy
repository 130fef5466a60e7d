def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR split-leakage: The train and test splits share 3 samples by key (id), for example train data row 78 and test data row 1; train data row 79 and test data row 2; train data row 80 and test data row 3. A sample in both leaks the test set into train. (src/ml/datapackage.yaml:8:1)")
assert log.contains('BUILD FAILURE')
