import java.nio.file.Files

// The project is the example of docs/example, copied as it is in this checkout: its data, model and documents;
// a file the test project has of its own is kept.
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
