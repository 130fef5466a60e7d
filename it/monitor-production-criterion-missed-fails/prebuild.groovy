// The project is the example of docs/example (see it/example-project.groovy).
evaluate(new File(basedir, '../../../it/example-project.groovy'))
