// Module n gets 100,000 + 1,000 n rows; modules 1 to 3 each have one bad cell, each at a row and of a kind of its own.
(1..4).each { n ->
    def file = new File(basedir, "m${n}/data/events.csv")
    file.parentFile.mkdirs()
    file.withWriter('UTF-8') { out ->
        out.write('id,day,amount\n')
        int rows = 100000 + 1000 * n
        for (int i = 1; i <= rows; i++) {
            String day = "2024-01-${String.format('%02d', 1 + i % 28)}"
            String amount = "${i % 500}.${n}"
            if (n == 1 && i == 500) day = '2024-02-30'
            if (n == 2 && i == 20000) amount = '-2'
            if (n == 3 && i == 90000) amount = 'lots'
            out.write("${i},${day},${amount}\n")
        }
    }
}
return true
