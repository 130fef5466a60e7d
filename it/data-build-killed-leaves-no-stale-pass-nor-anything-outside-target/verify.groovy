import groovy.json.JsonSlurper
import java.util.concurrent.TimeUnit

// The first build (invoker.goals) passed.
def report = new File(basedir, 'target/mlgate/report.json')
assert new JsonSlurper().parse(report).status == 'PASSED'

// The query now reads twenty billion rows: the next build's gate runs for minutes, long enough to be killed in.
def descriptor = new File(basedir, 'src/ml/datapackage.yaml')
descriptor.text = descriptor.text.replace('range(1000)', 'range(20000000000)')

def outsideTarget = { ->
    def files = []
    basedir.eachFileRecurse { file ->
        def relative = basedir.toPath().relativize(file.toPath()).toString()
        if (!relative.startsWith('target') && relative != 'build.log') {
            files << relative
        }
    }
    files.sort()
}
def before = outsideTarget()

// The Spark drivers of this project: each works in the build's output directory (docs/engines.md).
def drivers = { ->
    new File('/proc').listFiles().findAll { it.name ==~ /[0-9]+/ }.findAll { process ->
        try {
            new File(process, 'cmdline').text.contains('io.github.mlgate.data.engine.spark.SparkDriver') &&
                new File(process, 'cwd').canonicalPath.startsWith(basedir.canonicalPath)
        } catch (IOException gone) {
            false
        }
    }*.name
}

def command = [System.getProperty('maven.home') + '/bin/mvn', '--batch-mode', '--offline',
               '--settings', new File(basedir, '../interpolated-settings.xml').canonicalPath,
               '-Dmaven.repo.local=' + localRepositoryPath, 'mlgate:data']
def log = new File(basedir, 'target/killed-build.log')
def build = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).redirectOutput(log).start()
try {
    // Until Spark is reading the rows: the gate has marked its outputs unfinished and its driver has started.
    def deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150)
    while (!(report.text.contains('did not finish') && !drivers().isEmpty())) {
        assert build.alive : 'the build ended before it could be killed:\n' + log.text
        assert System.nanoTime() < deadline : 'the gate did not start within 150 s:\n' + log.text
        Thread.sleep(200)
    }
    Thread.sleep(3000)
    assert build.alive : 'the build ended before it could be killed:\n' + log.text
    build.destroyForcibly() // SIGKILL: no shutdown hook runs
    assert build.waitFor(30, TimeUnit.SECONDS)
    assert build.exitValue() == 137

    // The driver sees its build gone and ends; it is not left running the query.
    def gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(60)
    while (!drivers().isEmpty() && System.nanoTime() < gone) {
        Thread.sleep(500)
    }
    assert drivers().isEmpty() : 'a Spark driver outlived its killed build'
} finally {
    build.destroyForcibly()
    drivers().each { pid -> new ProcessBuilder('kill', '-9', pid).start().waitFor() }
}

// No stale pass: every output says the gate did not finish.
def killed = new JsonSlurper().parse(report)
assert killed.status == 'FAILED'
assert killed.gates*.findings.flatten()*.message == ['The data gate started and did not finish: the build is still running it, or was stopped before it ended. Its verdict is unknown, so it fails.']
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/mlgate/junit/TEST-mlgate-data.xml'))
assert junit.@failures.text() == '1'
assert new File(basedir, 'target/mlgate/summary.md').text.contains('| data | FAILED |')

// Nothing was written outside target/: no spark-warehouse, no spilled data, no temporary files in the project.
assert outsideTarget() == before
return true
