// A link inside the dataset's folder that leads out of the project (git keeps links; the invoker's copy would not).
def link = new File(basedir, 'data/events/part-1.parquet').toPath()
java.nio.file.Files.deleteIfExists(link)
java.nio.file.Files.createSymbolicLink(link, java.nio.file.Paths.get('/proc/self/environ'))
return true
