// A listener on the loopback address that accepts connections and never answers, for as long as the build runs;
// the data package names its port.
def silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())
def held = []
Thread.startDaemon { while (true) { held << silent.accept() } }
new File(basedir, 'src/ml').mkdirs()
new File(basedir, 'src/ml/datapackage.yaml').text = """\
mlgate:
  engines:
    silent:
      type: jdbc
      url: jdbc:postgresql://127.0.0.1:${silent.localPort}/ml
      options: {loginTimeout: 3}
resources:
  - name: customers
    mlgate: {engine: silent, table: customers}
    schema:
      fields:
        - {name: id, type: integer}
"""
new File(basedir, 'port.txt').text = "${silent.localPort}"
return true
