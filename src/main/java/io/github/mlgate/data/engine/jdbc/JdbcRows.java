package io.github.mlgate.data.engine.jdbc;

import io.github.mlgate.data.engine.EngineException;
import io.github.mlgate.data.engine.Sessions;
import io.github.mlgate.data.engine.SqlDialect;
import io.github.mlgate.data.engine.SqlSession;
import io.github.mlgate.data.resource.DataResource;
import io.github.mlgate.data.resource.EngineSource;
import io.github.mlgate.data.resource.UnreadableDataException;
import io.github.mlgate.data.stream.ResourceValidator;
import io.github.mlgate.data.stream.TextCells;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

/**
 * The rows of a table or query of a database whose SQL the data gate does not compile to, read through JDBC so that
 * the streaming gate checks them as it checks a file: first a header row of the column names, then each row's values
 * as the text a data file would hold. A SQL {@code NULL} is the schema's first missing value (the empty text by
 * default), so it is missing whatever the schema's {@code missingValues}; numbers are written plainly ({@code 1200.50}, never {@code 1.2005E3}), NaN and the infinities as
 * Table Schema's {@code NaN}, {@code INF} and {@code -INF}; dates, times and datetimes in ISO 8601 with their
 * seconds, offsets turned to UTC ({@code Z}); booleans as {@code true} and {@code false}; bytes in base64.
 */
public final class JdbcRows extends TextCells {

    /** Seconds always; a fraction only when there is one, with no trailing zeros. */
    private static final DateTimeFormatter TIME = new java.time.format.DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss")
            .appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 0, 9, true)
            .toFormatter(java.util.Locale.ROOT);

    private static final DateTimeFormatter DATETIME = new java.time.format.DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(TIME)
            .toFormatter(java.util.Locale.ROOT);

    private final SqlSession.SqlRows rows;
    private final AutoCloseable session;
    private final int columns;
    private final String missing;
    private boolean header = true;
    private long row;

    /**
     * Reads a query's rows.
     *
     * @param rows the query's open rows, which this reader closes
     * @param missing the text a {@code NULL} is read as: one of the schema's missing values
     * @throws SQLException when the columns cannot be described
     */
    public JdbcRows(SqlSession.SqlRows rows, String missing) throws SQLException {
        this(rows, missing, () -> {});
    }

    private JdbcRows(SqlSession.SqlRows rows, String missing, AutoCloseable session) throws SQLException {
        this.rows = rows;
        this.session = session;
        this.columns = rows.columnCount();
        this.missing = missing;
    }

    /**
     * A resource of a database without a dialect as the streaming checks read it: its rows through the engine's
     * session.
     *
     * @param resource the resource
     * @param sessions where the engine's session comes from
     * @return the rows' source
     */
    public static ResourceValidator.RowSource of(DataResource resource, Sessions sessions) {
        EngineSource source = resource.engine();
        String missing = resource.schema().missingValues().stream().findFirst().orElse("");
        return new ResourceValidator.RowSource() {
            @Override
            public String shown() {
                return source.engine().shown();
            }

            @Override
            public JdbcRows open() throws UnreadableDataException, IOException {
                SqlSession session;
                try {
                    session = sessions.session(source.engine());
                } catch (EngineException e) {
                    throw new UnreadableDataException(e.about(resource.name()));
                }
                try {
                    return new JdbcRows(session.query(select(resource)), missing, session);
                } catch (SQLException e) {
                    session.close();
                    throw new IOException(e.getMessage(), e);
                }
            }
        };
    }

    /**
     * The query that reads a resource in a database without a dialect: its query as written, or every column of its
     * table in its primary key's order (names quoted in standard SQL's double quotes), so that rows are numbered the
     * same on every run.
     *
     * @param resource a resource a JDBC engine reads
     * @return the SQL
     */
    public static String select(DataResource resource) {
        EngineSource source = resource.engine();
        if (source.query() != null) {
            return source.query();
        }
        String table = SqlDialect.tableName(source.table(), SqlDialect::quoted);
        List<String> key = resource.schema().primaryKey();
        return "SELECT * FROM " + table
                + (key.isEmpty()
                        ? ""
                        : " ORDER BY "
                                + String.join(
                                        ", ",
                                        key.stream().map(SqlDialect::quoted).toList()));
    }

    @Override
    public boolean next() throws IOException {
        cells.clear();
        row++;
        try {
            if (header) {
                header = false;
                for (int i = 1; i <= columns; i++) {
                    cells.add(rows.columnName(i));
                }
                return true;
            }
            if (!rows.next()) {
                return false;
            }
            for (int i = 1; i <= columns; i++) {
                Object value = rows.getObject(i);
                cells.add(value == null ? missing : text(value));
            }
            return true;
        } catch (SQLException e) {
            throw new IOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    /** A value as a data file would hold it, in Table Schema's default lexical forms. */
    static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number)) {
                return "NaN";
            }
            if (Double.isInfinite(number)) {
                return number > 0 ? "INF" : "-INF";
            }
            // A double's shortest text that reads back to it, without an exponent.
            return new BigDecimal(value.toString()).toPlainString();
        }
        if (value instanceof LocalDateTime datetime) {
            return DATETIME.format(datetime);
        }
        if (value instanceof OffsetDateTime datetime) {
            return DATETIME.format(datetime.withOffsetSameInstant(java.time.ZoneOffset.UTC)) + "Z";
        }
        if (value instanceof java.time.Instant instant) {
            return DATETIME.format(LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC)) + "Z";
        }
        if (value instanceof LocalTime time) {
            return TIME.format(time);
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return value.toString();
    }

    @Override
    public boolean isBlank() {
        return false;
    }

    /** The row's place in the order read, from 1; the header of column names is 0. */
    @Override
    public long recordLine() {
        return row - 1;
    }

    @Override
    public String problem() {
        return null;
    }

    @Override
    public void close() throws IOException {
        try (AutoCloseable closedLast = session) {
            rows.close();
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
