package io.github.mlgate.data.engine;

import java.sql.Types;
import java.util.Set;

/**
 * What a column of the relation an engine reads holds, from the engine's own type: what the compiled checks may assume
 * of its values. Each session tells it for the columns it returns ({@link SqlSession.SqlRows#columnKind}).
 */
public enum ColumnKind {
    TEXT,
    INTEGER,
    DECIMAL,
    FLOAT,
    BOOLEAN,
    DATE,
    TIMESTAMP,
    OTHER;

    /**
     * The kind of a column, from its JDBC type.
     *
     * @param jdbcType the {@link Types} constant
     * @param typeName the engine's name of the type
     * @param scale the digits after the decimal point, for decimals
     * @return the kind
     */
    public static ColumnKind of(int jdbcType, String typeName, int scale) {
        return switch (jdbcType) {
            case Types.CHAR,
                    Types.VARCHAR,
                    Types.LONGVARCHAR,
                    Types.NCHAR,
                    Types.NVARCHAR,
                    Types.LONGNVARCHAR,
                    Types.CLOB -> TEXT;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
            case Types.DECIMAL, Types.NUMERIC -> scale == 0 ? INTEGER : DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> FLOAT;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.DATE -> DATE;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP;
            default -> unsignedOrHuge(typeName) ? INTEGER : OTHER;
        };
    }

    private static boolean unsignedOrHuge(String typeName) {
        return Set.of("UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "HUGEINT", "UHUGEINT")
                .contains(typeName.toUpperCase(java.util.Locale.ROOT));
    }
}
