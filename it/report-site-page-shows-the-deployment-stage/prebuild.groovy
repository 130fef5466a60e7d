import java.nio.file.Files
import java.nio.file.StandardCopyOption

// The project is the example of docs/example, copied as it is in this checkout: its data, model and documents.
def example = basedir.toPath().resolve('../../../docs/example').normalize()
['data', 'ml', 'src'].each { dir ->
    Files.walk(example.resolve(dir)).withCloseable { paths ->
        paths.forEach { from ->
            def to = basedir.toPath().resolve(example.relativize(from).toString())
            if (Files.isDirectory(from)) {
                Files.createDirectories(to)
            } else {
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING)
            }
        }
    }
}
return true
