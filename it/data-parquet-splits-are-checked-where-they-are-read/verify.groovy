def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] [mlgate:data] ERROR split-leakage: The train and test splits share 1 samples by key (id), for example train row 5 and test row 2. A sample in both leaks the test set into train. (src/ml/datapackage.yaml:16:1)")
assert log.contains("[ERROR] [mlgate:data] ERROR unseen-label: The test split has values of label that the train split never has: 'maybe' (1 row). (src/ml/datapackage.yaml:16:1)")
assert log.contains("[ERROR] [mlgate:data] ERROR temporal-leakage: The train split's latest day (2024-06-15) is not before the test split's earliest (2024-06-01): the model would be tested on a past it has seen the future of. (src/ml/datapackage.yaml:16:1)")
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/mlgate/report.json'))
def splits = report.gates.find { it.name == 'data' }.splits
assert splits.leakage[0].shared == 1
assert splits.roles*.rows == [4, 2]
