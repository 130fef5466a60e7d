def log = new File(basedir, "build.log").text
log.eachLine { if (it.contains("[mlgate:data]")) println "LINE: " + it }
return true
