import java.nio.file.Files

// The pre-build hook of the tests whose project is the example of docs/example: copies its data, model and documents
// as they are in this checkout into the test's project; a file the test project has of its own is kept.
// Run from target/it/<test>/prebuild.groovy, with the test's basedir.
def example = basedir.toPath().resolve('../../../docs/example').normalize()
['data', 'ml', 'src'].each { dir ->
    Files.walk(example.resolve(dir)).withCloseable { paths ->
        paths.forEach { from ->
            def to = basedir.toPath().resolve(example.relativize(from).toString())
            if (Files.isDirectory(from)) {
                Files.createDirectories(to)
            } else if (!Files.exists(to)) {
                Files.copy(from, to)
            }
        }
    }
}
return true
