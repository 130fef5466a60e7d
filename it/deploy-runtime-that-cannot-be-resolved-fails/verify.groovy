def log = new File(basedir, 'build.log').text
// Offline or not (the outer build decides), the error names the coordinates the gate could not resolve.
assert log =~ /\[ERROR\] \[mlgate:deploy\] ERROR model-load: The model model\/model\.onnx does not load in ONNX Runtime 0\.0\.0-never-released: com\.microsoft\.onnxruntime:onnxruntime:0\.0\.0-never-released cannot be resolved( in offline mode \(run once online, or install it in the local repository\))?: .*com\.microsoft\.onnxruntime:onnxruntime:jar:0\.0\.0-never-released/
assert log.contains('[ERROR] [mlgate:deploy] FAILED: 1 error, 0 warnings in src/ml/deployment.yaml (8 checks)')
assert log.contains('[INFO] [mlgate:deploy] No blessing: ')
// Fails closed, with no trace, and nothing of the contract or parity is judged without the runtime.
assert !log.contains('\tat ')
assert !log.contains('INFO parity')
