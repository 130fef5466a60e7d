def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] [mlgate:deploy] ERROR model-load: The model model/model.onnx does not load in ONNX Runtime 1.29.0: Error code - ORT_INVALID_PROTOBUF - message: Load model from model/model.onnx failed:Protobuf parsing failed. (src/ml/deployment.yaml:2:3)')
assert log.contains('[ERROR] [mlgate:deploy] FAILED: 1 error, 0 warnings in src/ml/deployment.yaml (8 checks)')
// A clear error, never a stack trace.
assert !log.contains('OrtException')
assert !log.contains('\tat ')
