// A metrics file at its default place: with it, a gate that ignored the missing predictions would judge and pass.
def file = new File(basedir, 'target/ml/metrics.json')
file.parentFile.mkdirs()
file.text = '{"metrics": {"accuracy": 0.99, "f1": 0.99, "roc_auc": 0.99, "recall": 0.99, "precision": 0.99}}\n'
return true
