// Writes data/notes.csv: about 10 MB, read in chunks, with one quoted cell of 1.2 MB holding commas and line breaks.
def file = new File(basedir, 'data/notes.csv')
file.parentFile.mkdirs()
file.withWriter('UTF-8') { out ->
    out.write('id,note\n')
    out.write('1,"' + ('a long, long note\n' * 70000) + '"\n')
    for (int i = 2; i <= 400000; i++) {
        out.write("${i},note number ${i}\n")
    }
}
return true
