package io.github.mlgate.data.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlgate.data.schema.TableSchema;
import io.github.mlgate.document.DocumentReader;
import io.github.mlgate.document.NodePath;
import io.github.mlgate.gate.Findings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The queries each dialect compiles a small schema's checks to, held as reviewed text (where the engine keeps cells,
 * the query of the cells, computed once, then the checks over the kept cells): a change to the compiler shows in
 * a pull request as a change to these files, read like code. The differential tests ({@code
 * EnginesAgreeWithTheStreamingGateTest}, {@code PostgresEngineTest}, {@code SparkEngineTest}) prove the queries give
 * the streaming gate's answers; these show what the engines are asked.
 *
 * <p>The files break the query's one line before its clauses and cases, for reading; nothing else differs. After a deliberate
 * change, rewrite the files with {@code ./mvnw test -Dtest=CompiledQueriesTest
 * -Dmlgate.golden.update=true} and review their diff.
 */
class CompiledQueriesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/io/github/mlgate/data/engine/compiled");

    /** Every kind of check the compiler writes: types, formats, each constraint, keys, and a pattern with a quote. */
    private static final String SCHEMA =
            """
            fields:
              - {name: id, type: integer, constraints: {required: true}}
              - {name: name, type: string, constraints: {minLength: 2, maxLength: 40, pattern: "[A-Z][a-z' ]+"}}
              - {name: amount, type: number, constraints: {minimum: 0, maximum: 1000}}
              - {name: day, type: date}
              - {name: seen, type: datetime}
              - {name: kind, type: string, constraints: {enum: [basic, "it's premium"]}}
              - {name: active, type: boolean}
              - {name: email, type: string, constraints: {unique: true}}
            primaryKey: id
            """;

    /** The columns of a table of text (a CSV loaded as is) and of typed Parquet files. */
    private static final Map<String, ColumnKind[]> COLUMNS = Map.of(
            "text",
            new ColumnKind[] {
                ColumnKind.TEXT,
                ColumnKind.TEXT,
                ColumnKind.TEXT,
                ColumnKind.TEXT,
                ColumnKind.TEXT,
                ColumnKind.TEXT,
                ColumnKind.TEXT,
                ColumnKind.TEXT
            },
            "typed",
            new ColumnKind[] {
                ColumnKind.INTEGER,
                ColumnKind.TEXT,
                ColumnKind.FLOAT,
                ColumnKind.DATE,
                ColumnKind.TIMESTAMP,
                ColumnKind.TEXT,
                ColumnKind.BOOLEAN,
                ColumnKind.TEXT
            });

    @ParameterizedTest(name = "{0} on {1} columns")
    @CsvSource({"duckdb, text", "duckdb, typed", "postgres, text", "postgres, typed", "spark, text", "spark, typed"})
    void theChecksCompileToTheReviewedQuery(String dialect, String columns, @TempDir Path dir) throws Exception {
        SqlDialect sql =
                switch (dialect) {
                    case "duckdb" -> SqlDialect.DUCKDB;
                    case "postgres" -> SqlDialect.POSTGRES;
                    default -> SqlDialect.SPARK;
                };
        Path file = dir.resolve("schema.yaml");
        Files.writeString(file, SCHEMA);
        Findings findings = new Findings();
        TableSchema schema = TableSchema.read(DocumentReader.read(file, "schema.yaml"), NodePath.ROOT, findings);
        assertThat(findings.list()).isEmpty();
        ColumnKind[] kinds = COLUMNS.get(columns);
        SqlChecks.Column[] relation = new SqlChecks.Column[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            relation[i] = new SqlChecks.Column(
                    schema.fields().get(i).name(), kinds[i], kinds[i].name().toLowerCase(java.util.Locale.ROOT));
        }
        SqlChecks checks = new SqlChecks(sql, schema, relation, SqlChecks.Reserved.DEFAULT);
        String from = "(SELECT * FROM " + sql.tableName("analytics.churn") + ")";
        // As a run of a table asks them: the cells computed once and kept, then the checks over the kept cells (an
        // engine that keeps none computes the cells within the checks).
        String cells = "";
        if (sql.keepsCells()) {
            cells = readable(checks.cellsSelect(from)) + ";\n\n";
            checks.keptIn(sql.name("mlgate_cells_1"));
        }
        String query = cells + readable(checks.checks(from, 5, true));

        Path golden = GOLDEN.resolve(dialect + "-" + columns + ".sql");
        if (Boolean.getBoolean("mlgate.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, query, StandardCharsets.UTF_8);
        }
        assertThat(golden)
                .as("the reviewed query; rewrite it with -Dmlgate.golden.update=true")
                .exists();
        assertThat(query).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /** The query with a line break before each clause and each case, so that a diff points at what changed. */
    private static String readable(String query) {
        return query.replaceAll(" (FROM|WHERE|GROUP BY|UNION ALL|ORDER BY|WITH|SELECT) ", "\n$1 ")
                        .replace(", CASE WHEN ", ",\n    CASE WHEN ")
                + "\n";
    }
}
