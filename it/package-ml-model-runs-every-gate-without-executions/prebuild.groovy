// What training would leave before the package phase: the model file.
def model = new File(basedir, 'model/target/model/model.onnx')
model.parentFile.mkdirs()
model.bytes = 'a stand-in for an ONNX model'.bytes
return true
