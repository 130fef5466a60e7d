package io.github.mlgate.data.engine;

import io.github.mlgate.data.schema.FieldType;
import io.github.mlgate.data.schema.SchemaField;
import io.github.mlgate.data.schema.SchemaType;
import io.github.mlgate.data.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one compiler from a Table Schema to SQL: for each field, whether a cell is missing, a value of the field's type
 * (by the spec's lexical rules where the column holds text, by the column's type otherwise) and within its
 * constraints; then, over the rows in order, repeated unique values and primary keys. The engine counts every error
 * per field and code and returns the first few of each code with their rows, so no row leaves the engine but those
 * reported.
 */
public final class SqlChecks {

    /**
     * The names of the two columns the engine adds to a resource's rows: a row's file, by its index in the resource's
     * list of files, and its place in that file, from 0. They are chosen against the data's own columns, so a column
     * of the data named like them is checked as data and never taken for them.
     *
     * @param file the column of a row's file
     * @param row the column of a row's place in its file
     */
    record Reserved(String file, String row) {

        /** The names when the data has no column of the same name. */
        static final Reserved DEFAULT = new Reserved("__mlgate_file", "__mlgate_row");

        /**
         * Names that are none of the data's columns: the defaults, lengthened until they are free.
         *
         * @param taken the data's column names
         * @return the names
         */
        static Reserved against(java.util.Collection<String> taken) {
            String file = DEFAULT.file;
            String row = DEFAULT.row;
            while (taken.contains(file)) {
                file += "_";
            }
            while (taken.contains(row)) {
                row += "_";
            }
            return new Reserved(file, row);
        }
    }

    /** The codes a cell's check can give. */
    static final List<String> CELL_CODES = List.of("type-error", "constraint-error", "primary-key");

    /**
     * A column of the relation an engine reads.
     *
     * @param name its name
     * @param kind what it holds
     * @param typeName the engine's name of its type, for messages
     */
    record Column(String name, ColumnKind kind, String typeName) {}

    /**
     * A field the engine cannot check as the schema asks: a column whose type cannot hold the field's type, or a
     * format whose lexical rules are not compiled to SQL.
     *
     * @param field the field's index
     * @param code {@code type-error} for a column that cannot hold the type, {@code engine-error} for rules not
     *     compiled
     * @param reason what is wrong, completing "Resource 'x' field 'y' "
     */
    record Unchecked(int field, String code, String reason) {}

    /** The engines' names of the types of plain text, whose columns are read as they are. */
    private static final Set<String> PLAIN_TEXT = Set.of(
            "text", "varchar", "bpchar", "char", "character", "character varying", "string", "nvarchar", "nchar");

    static final String INTEGER_TEXT = "[+-]?[0-9]+";
    static final String NUMBER_TEXT = "[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?";
    static final String DATE_TEXT = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    static final String DATETIME_TEXT =
            DATE_TEXT + "T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)?";
    private static final Map<String, String> STRING_FORMATS = Map.of(
            "email", "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
            "uuid", "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final SqlDialect sql;
    private final TableSchema schema;
    private final List<SchemaField> fields;
    private final Column[] columns;
    private final List<Unchecked> unchecked = new ArrayList<>();
    private final int[] uniqueFields;
    private final int[] keyFields;

    /** The foreign keys checked here: this resource's fields, the target's keys ({@link #keyTexts}), and the name. */
    private final List<Reference> references = new ArrayList<>();

    private boolean duplicateRows;

    /** Where the cells are kept ({@link #keptIn}), or null when each query computes them. */
    private String kept;

    /**
     * A foreign key, compiled: its fields here, the query of the target's key values, and what its errors are
     * counted under.
     */
    private record Reference(int[] fields, String targetKeys, String name) {}

    /**
     * Per field, over the data's columns: the typed value (null when missing or not of the type), its text, whether
     * it is missing, and whether a present cell is a value of the type. A cell's error code is judged in {@link
     * #cellsOf}.
     */
    private final String[] value;

    private final String[] text;
    private final String[] missing;
    private final String[] valid;
    private final String[] reference;
    private final Reserved reserved;

    /**
     * Compiles the checks of a schema over the columns an engine found.
     *
     * @param sql the engine's dialect
     * @param schema the schema
     * @param columns each field's column, in the schema's order; null where the relation has none
     * @param reserved the names of the columns the engine adds
     */
    SqlChecks(SqlDialect sql, TableSchema schema, Column[] columns, Reserved reserved) {
        this.reserved = reserved;
        this.sql = sql;
        this.schema = schema;
        this.fields = schema.fields();
        this.columns = columns.clone();
        this.value = new String[fields.size()];
        this.text = new String[fields.size()];
        this.missing = new String[fields.size()];
        this.valid = new String[fields.size()];
        this.reference = new String[fields.size()];
        this.uniqueFields = java.util.stream.IntStream.range(0, fields.size())
                .filter(i -> fields.get(i).unique())
                .toArray();
        this.keyFields = schema.primaryKey().stream().mapToInt(schema::indexOf).toArray();
        for (int i = 0; i < fields.size(); i++) {
            compile(i);
        }
    }

    /**
     * Checks a foreign key too: a row whose key fields all have values, none of whose rows of the target has, is a
     * {@code foreign-key} error, found by joining the target's distinct keys.
     *
     * @param fieldIndexes the key's fields here
     * @param targetKeys the target's {@link #keyTexts}
     * @param name what its errors are counted under: the key's fields, joined by commas
     * @return false when a key field has no column that holds its type: the key cannot be checked
     */
    boolean reference(int[] fieldIndexes, String targetKeys, String name) {
        for (int i : fieldIndexes) {
            if (columns[i] == null) {
                return false;
            }
        }
        references.add(new Reference(fieldIndexes.clone(), targetKeys, name));
        return true;
    }

    /**
     * Checks repeated rows too ({@code mlgate.duplicateRows: false}): rows identical to an earlier one in every
     * column read, compared by text with a missing cell apart from an empty one, found by grouping on all of them.
     */
    void duplicateRows() {
        this.duplicateRows = true;
    }

    /**
     * Whether a field's cells are read: it has a column that can hold its type.
     *
     * @param i the field's index
     * @return whether the field is checked and profiled
     */
    boolean reads(int i) {
        return columns[i] != null;
    }

    /** The fields the engine cannot check as the schema asks, each with why. */
    List<Unchecked> unchecked() {
        return List.copyOf(unchecked);
    }

    private void compile(int i) {
        SchemaField field = fields.get(i);
        Column column = columns[i];
        if (column == null) {
            return;
        }
        String c = sql.name(column.name());
        if (column.kind() == ColumnKind.TEXT
                && !PLAIN_TEXT.contains(column.typeName().toLowerCase(java.util.Locale.ROOT))) {
            // A database's enum or other type the driver reports as text: compared and matched as its text, as a
            // comparison with a text of the missing values or a pattern is not defined on the type itself.
            c = sql.asText(c);
        }
        String isMissing =
                column.kind() == ColumnKind.TEXT && !schema.missingValues().isEmpty()
                        ? "(" + c + " IS NULL OR " + c + " IN (" + texts(schema.missingValues()) + "))"
                        : c + " IS NULL";
        String[] typed = typed(field, column, c);
        if (typed == null) {
            columns[i] = null;
            return;
        }
        String valid = typed[0];
        String cast = typed[1];
        text[i] = column.kind() == ColumnKind.TEXT ? c : sql.asText(c);
        missing[i] = isMissing;
        this.valid[i] = valid;
        reference[i] = c;
        value[i] = "CASE WHEN NOT " + isMissing + " AND " + valid + " THEN " + cast + " END";
    }

    /**
     * How a column's cells are read as the field's type: the condition that a present cell is a value of it, and the
     * value; or null (with the reason noted) when the column cannot hold the type or its format is not compiled.
     */
    private String[] typed(SchemaField field, Column column, String c) {
        FieldType type = field.type();
        SchemaType kind = type.kind();
        boolean defaultFormat = type.format().equals("default");
        if (kind == SchemaType.ANY) {
            return new String[] {"TRUE", c};
        }
        if (column.kind() != ColumnKind.TEXT) {
            boolean holds =
                    switch (kind) {
                        case INTEGER -> column.kind() == ColumnKind.INTEGER;
                        case NUMBER ->
                            column.kind() == ColumnKind.INTEGER
                                    || column.kind() == ColumnKind.DECIMAL
                                    || column.kind() == ColumnKind.FLOAT;
                        case BOOLEAN -> column.kind() == ColumnKind.BOOLEAN;
                        case DATE -> column.kind() == ColumnKind.DATE;
                        case DATETIME -> column.kind() == ColumnKind.TIMESTAMP;
                        default -> false;
                    };
            if (!holds) {
                unchecked.add(new Unchecked(
                        indexOf(field),
                        "type-error",
                        "has the column type " + column.typeName() + ", which cannot hold the field's type "
                                + type.name() + holds(kind)));
                return null;
            }
            return new String[] {
                "TRUE",
                kind == SchemaType.NUMBER
                        ? "CAST(" + c + " AS " + sql.numberType() + ")"
                        : c // integers compare across widths as they are: a cast would cost the uniqueness pass
            };
        }
        String notCompiled = "has the format '" + type.format() + "', whose rules engines do not check yet; give the"
                + " column a " + holds(kind).replace(" (", "").replace(")", "") + " type, or use the default format";
        switch (kind) {
            case STRING -> {
                if (defaultFormat || type.format().equals("any")) {
                    return new String[] {"TRUE", c};
                }
                String regex = STRING_FORMATS.get(type.format());
                if (regex == null) {
                    unchecked.add(new Unchecked(indexOf(field), ENGINE_ERROR, notCompiled));
                    return null;
                }
                return new String[] {sql.fullMatch(c, regex), c};
            }
            case INTEGER -> {
                if (!type.plainNumbers()) {
                    unchecked.add(new Unchecked(indexOf(field), ENGINE_ERROR, numberOptions()));
                    return null;
                }
                return sql.textInteger(c);
            }
            case NUMBER -> {
                if (!type.plainNumbers()) {
                    unchecked.add(new Unchecked(indexOf(field), ENGINE_ERROR, numberOptions()));
                    return null;
                }
                return sql.textNumber(c);
            }
            case BOOLEAN -> {
                return new String[] {
                    c + " IN (" + texts(type.trueValues()) + ", " + texts(type.falseValues()) + ")",
                    "(" + c + " IN (" + texts(type.trueValues()) + "))"
                };
            }
            case DATE -> {
                if (!defaultFormat) {
                    unchecked.add(new Unchecked(indexOf(field), ENGINE_ERROR, notCompiled));
                    return null;
                }
                return sql.textDate(c);
            }
            case DATETIME -> {
                if (!defaultFormat) {
                    unchecked.add(new Unchecked(indexOf(field), ENGINE_ERROR, notCompiled));
                    return null;
                }
                return sql.textDatetime(c);
            }
            case YEAR -> {
                return new String[] {sql.fullMatch(c, "-?[0-9]{4}"), "CAST(" + c + " AS " + sql.integerType() + ")"};
            }
            default -> {
                unchecked.add(new Unchecked(
                        indexOf(field),
                        ENGINE_ERROR,
                        "has the type " + type.name() + ", whose rules engines do not check yet; check it as a"
                                + " string, or keep the resource in a CSV file"));
                return null;
            }
        }
    }

    private static String numberOptions() {
        return "has groupChar, decimalChar or bareNumber, whose rules engines do not check yet; store the column as"
                + " a number";
    }

    private static String holds(SchemaType kind) {
        return switch (kind) {
            case INTEGER -> " (an integer column, or text)";
            case NUMBER -> " (a numeric column, or text)";
            case BOOLEAN -> " (a boolean column, or text)";
            case DATE -> " (a date column, or text)";
            case DATETIME -> " (a timestamp column, or text)";
            default -> " (a text column)";
        };
    }

    private static java.math.BigInteger big(Object bound) {
        return bound instanceof java.math.BigInteger big
                ? big
                : java.math.BigInteger.valueOf(((Number) bound).longValue());
    }

    /**
     * The condition that an integer lies above (or below) a bound, exactly whatever its size: compared in the engine's
     * integer type where both fit, and otherwise by their digits (the sign, then how many digits without leading
     * zeros, then the digits in order), so a 41-digit cell or a bound past the type's range is judged, not passed.
     */
    private String integerBeyond(String textOf, String cast, java.math.BigInteger bound, boolean above) {
        String digits = "regexp_replace(" + textOf + ", " + sql.text("^[+-]?0*") + ", '')";
        String negative = "(" + textOf + " LIKE '-%' AND " + digits + " <> '')";
        String boundDigits = bound.signum() == 0 ? "" : bound.abs().toString();
        String more = "(" + sql.length(digits) + " > " + boundDigits.length() + " OR (" + sql.length(digits) + " = "
                + boundDigits.length() + " AND " + sql.binaryOrder(digits) + " > "
                + sql.binaryOrder(sql.text(boundDigits))
                + "))";
        String fewer = "(" + sql.length(digits) + " < " + boundDigits.length() + " OR (" + sql.length(digits) + " = "
                + boundDigits.length() + " AND " + sql.binaryOrder(digits) + " < "
                + sql.binaryOrder(sql.text(boundDigits))
                + "))";
        String exact;
        if (above) {
            exact = bound.signum() >= 0
                    ? "(NOT " + negative + " AND " + more + ")"
                    : "(NOT " + negative + " OR " + fewer + ")";
        } else {
            exact = bound.signum() > 0
                    ? "(" + negative + " OR " + fewer + ")"
                    : bound.signum() == 0 ? negative : "(" + negative + " AND " + more + ")";
        }
        if (!sql.holdsInteger(bound)) {
            return exact;
        }
        return "((" + cast + (above ? " > " : " < ") + sql.literal(bound) + ") OR (" + cast + " IS NULL AND " + exact
                + "))";
    }

    /**
     * The condition that a value of the type breaks a constraint, in the order the streaming checks try them: length,
     * minimum, maximum, pattern, enum; null without constraints.
     */
    private String broken(SchemaField field, String textOf, String cast) {
        List<String> any = new ArrayList<>();
        if (field.minLength() != null) {
            any.add(sql.length(textOf) + " < " + field.minLength());
        }
        if (field.maxLength() != null) {
            any.add(sql.length(textOf) + " > " + field.maxLength());
        }
        boolean number = field.type().kind() == SchemaType.NUMBER;
        boolean integer = field.type().kind() == SchemaType.INTEGER;
        if (field.minimum() != null) {
            any.add(
                    integer
                            ? integerBeyond(textOf, cast, big(field.minimum()), false)
                            : "(" + cast + " < " + sql.literal(field.minimum())
                                    + (number ? " AND NOT " + sql.isNaN(cast) : "") + ")");
        }
        if (field.maximum() != null) {
            any.add(
                    integer
                            ? integerBeyond(textOf, cast, big(field.maximum()), true)
                            : "(" + cast + " > " + sql.literal(field.maximum())
                                    + (number ? " AND NOT " + sql.isNaN(cast) : "") + ")");
        }
        if (field.pattern() != null) {
            any.add("NOT " + sql.fullMatch(textOf, field.pattern().pattern()));
        }
        if (field.enumValues() != null) {
            List<String> literals = new ArrayList<>();
            for (Object allowed : field.enumValues()) {
                literals.add(sql.literal(allowed));
            }
            any.add(literals.isEmpty() ? "TRUE" : "NOT (" + cast + " IN (" + String.join(", ", literals) + "))");
        }
        return any.isEmpty() ? null : "(" + String.join(" OR ", any) + ")";
    }

    /** The texts as SQL literals, sorted: the query is the same on every run whatever the set's order. */
    private String texts(Set<String> values) {
        return String.join(", ", values.stream().sorted().map(sql::text).toList());
    }

    private int indexOf(SchemaField field) {
        return fields.indexOf(field);
    }

    /**
     * The rows, each with its file and place ({@code f}, {@code r}, and both as one order key {@code o}), and per field
     * its error code ({@code e<i>}), typed value ({@code v<i>}), text ({@code t<i>}) and whether it is missing ({@code
     * m<i>}); {@code kt} is the row's primary key as text. Profiles read these.
     *
     * @param relation what the engine reads, with the {@link Reserved} columns
     * @return the common table expressions {@code source} and {@code cells}
     */
    String cells(String relation) {
        if (kept != null) {
            return "WITH cells AS " + sql.inlined() + "(SELECT * FROM " + kept + ")";
        }
        return "WITH source AS " + relation + ", cells AS (" + cellsOf("source") + ")";
    }

    /**
     * The query of the {@link #cells} over what the engine reads, to compute them once and keep them ({@link
     * KeptCells}).
     *
     * @param relation what the engine reads, with the {@link Reserved} columns
     * @return the query
     */
    String cellsSelect(String relation) {
        return cellsOf(relation + " AS source");
    }

    /** How many fields are read: those with a column that holds their type. */
    int read() {
        return (int) java.util.Arrays.stream(columns)
                .filter(java.util.Objects::nonNull)
                .count();
    }

    /** How many fields read are parsed from text by a lexical rule (a number, a date, a boolean in a text column). */
    int parsedFromText() {
        int parsed = 0;
        for (int i = 0; i < fields.size(); i++) {
            if (columns[i] != null && !valid[i].equals("TRUE")) {
                parsed++;
            }
        }
        return parsed;
    }

    /**
     * The cells' columns the checks group and join on: the order key, the values of unique fields, of the primary key
     * and of foreign keys, and, for repeated rows, the texts of every field read.
     *
     * @return the columns' names in the {@link #cells}
     */
    List<String> joined() {
        java.util.Set<String> joined = new java.util.LinkedHashSet<>(List.of("o"));
        for (int i : uniqueFields) {
            if (columns[i] != null) {
                joined.add("v" + i);
            }
        }
        for (int k : keyFields) {
            if (columns[k] != null) {
                joined.add("v" + k);
            }
        }
        for (Reference reference : references) {
            for (int i : reference.fields()) {
                joined.add("v" + i);
            }
        }
        if (duplicateRows) {
            for (int i = 0; i < fields.size(); i++) {
                if (columns[i] != null) {
                    joined.add("t" + i);
                }
            }
        }
        return List.copyOf(joined);
    }

    /**
     * Has every later query read the cells from where they are kept rather than compute them from the data again.
     *
     * @param table the kept cells' table ({@link KeptCells#table})
     */
    void keptIn(String table) {
        this.kept = table;
    }

    /**
     * The cells over what the engine reads, in three layers so that each cell's rules run once however often the
     * checks and profiles read their results: the first reads each cell's text, whether it is missing and whether it is
     * a value of its type; the second casts the values; the third judges the constraints on the cast values. Where the
     * engine would fold the layers into one and so run a rule again for each use of its result, each is fenced ({@link
     * SqlDialect#fence}).
     */
    private String cellsOf(String from) {
        List<String> read = new ArrayList<>();
        List<String> cast = new ArrayList<>();
        List<String> judged = new ArrayList<>();
        for (String column : List.of("f", "r", "o")) {
            cast.add(column);
            judged.add(column);
        }
        read.add(sql.name(reserved.file()) + " AS f");
        read.add(sql.name(reserved.row()) + " AS r");
        read.add(order() + " AS o");
        for (int i = 0; i < fields.size(); i++) {
            if (columns[i] == null) {
                continue;
            }
            SchemaField field = fields.get(i);
            read.add("CASE WHEN " + missing[i] + " THEN 1 ELSE 0 END AS m" + i);
            read.add(text[i] + " AS t" + i);
            read.add("CASE WHEN " + valid[i] + " THEN 1 ELSE 0 END AS ok" + i);
            read.add(reference[i] + " AS c" + i);
            String value = typed(field, columns[i], "c" + i)[1];
            cast.add("m" + i);
            cast.add("t" + i);
            cast.add("ok" + i);
            cast.add("CASE WHEN m" + i + " = 0 AND ok" + i + " = 1 THEN " + value + " END AS v" + i);
            boolean key = schema.primaryKey().contains(field.name());
            String whenMissing = field.required() ? "'constraint-error'" : key ? "'primary-key'" : "NULL";
            String broken = broken(field, "t" + i, "v" + i);
            judged.add("CASE WHEN m" + i + " = 1 THEN " + whenMissing + " WHEN ok" + i + " = 0 THEN 'type-error'"
                    + (broken == null ? "" : " WHEN " + broken + " THEN 'constraint-error'") + " END AS e" + i);
            judged.add("v" + i);
            judged.add("t" + i);
            judged.add("m" + i);
        }
        List<String> key = new ArrayList<>();
        for (int k : keyFields) {
            key.add("t" + k);
        }
        judged.add(
                keyComplete() != null
                        ? String.join(" || " + sql.text(KEY_SEPARATOR) + " || ", key) + " AS kt"
                        : "CAST(NULL AS " + sql.textType() + ") AS kt");
        return "SELECT " + String.join(", ", judged) + " FROM (SELECT " + String.join(", ", cast) + " FROM (SELECT "
                + String.join(", ", read) + " FROM " + from + sql.fence() + ") read_cells" + sql.fence()
                + ") cast_cells";
    }

    /**
     * The {@link #cells} and, per unique field and for the primary key, whether the row repeats a value of an earlier
     * row ({@code u<i>}, {@code pk}: 2 when it does, else 1) and the order key of the first row with it ({@code
     * uo<i>}, {@code pko}). Repeated values are found by grouping, and joined back: no sort of every row.
     *
     * @param relation what the engine reads
     * @return the common table expressions, ending with {@code checked}
     */
    String checked(String relation) {
        StringBuilder with = new StringBuilder(cells(relation));
        List<String> select = new ArrayList<>(List.of("cells.*"));
        StringBuilder joins = new StringBuilder();
        for (int i : uniqueFields) {
            if (columns[i] != null) {
                // Over the relation itself, not the source CTE, which a second reference would make the engine keep
                // whole: the pass that finds repeats reads one column.
                with.append(", d" + i + " AS (SELECT v, min(o) AS first FROM (SELECT "
                        + (kept != null
                                ? "v" + i + " AS v, o FROM cells"
                                : value[i] + " AS v, " + order() + " AS o FROM " + relation + " AS source")
                        + ") one WHERE v IS NOT NULL GROUP BY v HAVING count(*) > 1)");
                select.add("CASE WHEN d" + i + ".first IS NOT NULL AND cells.o <> d" + i + ".first THEN 2 ELSE 1 END"
                        + " AS u" + i);
                select.add("d" + i + ".first AS uo" + i);
                joins.append(" LEFT JOIN d" + i + " ON cells.v" + i + " = d" + i + ".v");
            }
        }
        if (keyComplete() != null) {
            List<String> parts = new ArrayList<>();
            List<String> on = new ArrayList<>();
            List<String> by = new ArrayList<>();
            List<String> complete = new ArrayList<>();
            for (int k = 0; k < keyFields.length; k++) {
                parts.add((kept != null ? "v" + keyFields[k] : value[keyFields[k]]) + " AS k" + k);
                on.add("cells.v" + keyFields[k] + " = dk.k" + k);
                by.add("k" + k);
                complete.add("k" + k + " IS NOT NULL");
            }
            with.append(", dk AS (SELECT " + String.join(", ", by) + ", min(o) AS first FROM (SELECT "
                    + String.join(", ", parts) + ", "
                    + (kept != null ? "o FROM cells" : order() + " AS o FROM " + relation + " AS source")
                    + ") one WHERE "
                    + String.join(" AND ", complete) + " GROUP BY " + String.join(", ", by)
                    + " HAVING count(*) > 1)");
            select.add("CASE WHEN dk.first IS NOT NULL AND cells.o <> dk.first THEN 2 ELSE 1 END AS pk");
            select.add("dk.first AS pko");
            joins.append(" LEFT JOIN dk ON " + String.join(" AND ", on));
        }
        for (int j = 0; j < references.size(); j++) {
            Reference reference = references.get(j);
            List<String> keys = new ArrayList<>();
            List<String> present = new ArrayList<>();
            List<String> on = new ArrayList<>();
            for (int k = 0; k < reference.fields().length; k++) {
                int i = reference.fields()[k];
                keys.add("k" + k);
                present.add("cells.v" + i + " IS NOT NULL");
                on.add(sql.asText("cells.v" + i) + " = fk" + j + ".k" + k);
            }
            with.append(", fk" + j + " AS (SELECT DISTINCT " + String.join(", ", keys) + " FROM ("
                    + reference.targetKeys() + ") target WHERE " + String.join(" IS NOT NULL AND ", keys)
                    + " IS NOT NULL)");
            select.add("CASE WHEN " + String.join(" AND ", present) + " AND fk" + j + ".k0 IS NULL THEN 2 ELSE 1 END"
                    + " AS fkm" + j);
            joins.append(" LEFT JOIN fk" + j + " ON " + String.join(" AND ", on));
        }
        if (duplicateRows) {
            List<String> whole = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<String> on = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                if (columns[i] != null) {
                    // Two columns per cell, its text and whether it is missing, so that every engine joins by hash.
                    String t = kept != null ? "t" + i : text[i];
                    whole.add("coalesce(" + t + ", '') AS c" + i);
                    whole.add("CASE WHEN " + t + " IS NULL THEN 1 ELSE 0 END AS n" + i);
                    names.add("c" + i);
                    names.add("n" + i);
                    on.add("coalesce(cells.t" + i + ", '') = dr.c" + i + " AND CASE WHEN cells.t" + i
                            + " IS NULL THEN 1 ELSE 0 END = dr.n" + i);
                }
            }
            with.append(", dr AS (SELECT " + String.join(", ", names) + ", min(o) AS first FROM (SELECT "
                    + String.join(", ", whole) + ", "
                    + (kept != null ? "o FROM cells" : order() + " AS o FROM " + relation + " AS source")
                    + ") one GROUP BY "
                    + String.join(", ", names) + " HAVING count(*) > 1)");
            select.add("CASE WHEN dr.first IS NOT NULL AND cells.o <> dr.first THEN 2 ELSE 1 END AS dup");
            select.add("dr.first AS dro");
            joins.append(" LEFT JOIN dr ON " + String.join(" AND ", on));
        }
        return with + ", checked AS (SELECT " + String.join(", ", select) + " FROM cells" + joins + ")";
    }

    /** A row's order key: its file and its place in one number. */
    private String order() {
        return "CAST(" + sql.name(reserved.file()) + " AS BIGINT) * " + ROWS_PER_FILE + " + "
                + sql.name(reserved.row());
    }

    /** Rows per file in the order key {@code o}: the file's index times this, plus the row's place. */
    static final long ROWS_PER_FILE = 1L << 32;

    /** The primary key's texts, joined by {@link #KEY_SEPARATOR}, as the listed errors name rows by them. */
    private String keyText() {
        List<String> texts = new ArrayList<>();
        for (int k : keyFields) {
            texts.add(text[k]);
        }
        return String.join(" || " + sql.text(KEY_SEPARATOR) + " || ", texts);
    }

    /** The condition that every part of the primary key has a value; null without a key, or with a part unread. */
    private String keyComplete() {
        if (keyFields.length == 0) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int k : keyFields) {
            if (columns[k] == null) {
                return null;
            }
            parts.add("v" + k + " IS NOT NULL");
        }
        return String.join(" AND ", parts);
    }

    /**
     * A count of the errors of one code, counted under a field, or under the primary key's fields, a foreign key's
     * fields or no field.
     *
     * @param column its place among the counts
     * @param code the code
     * @param field the field's index, or -1 for the others
     * @param name a foreign key's fields, joined by commas; null for the others
     */
    record Counted(int column, String code, int field, String name) {}

    /** The error counts the {@link #checks} query returns, in order after the rows with errors (from 1). */
    List<Counted> counted() {
        List<Counted> counted = new ArrayList<>();
        int column = 1;
        for (int i = 0; i < fields.size(); i++) {
            if (columns[i] != null) {
                for (String one : CELL_CODES) {
                    counted.add(new Counted(column++, one, i, null));
                }
            }
        }
        for (int i : uniqueFields) {
            if (columns[i] != null) {
                counted.add(new Counted(column++, "unique-error", i, null));
            }
        }
        if (keyComplete() != null) {
            counted.add(new Counted(column++, "primary-key", -1, null));
        }
        for (Reference reference : references) {
            counted.add(new Counted(column++, "foreign-key", -1, reference.name()));
        }
        if (duplicateRows) {
            counted.add(new Counted(column, "duplicate-row", -1, null));
        }
        return counted;
    }

    /**
     * The one query that checks: the rows with any error are found in one pass and kept ({@code bad}); every
     * {@link #counted()} count is taken over them, and the first errors of each code are listed from them, in row
     * order and, within a row, in the order the streaming checks report them.
     *
     * <p>Its rows: listed errors first, {@code kind} 0, with columns {@code f, r, pos, code, cell, fo, kt, fk}, where
     * {@code pos} is the field's index (the fields' count plus the unique field's rank for repeated values; after
     * those, the primary key, then each foreign key, then repeated rows), {@code cell} the field's text (a foreign
     * key's texts joined by {@link #KEY_SEPARATOR}), {@code fo} the order key of the first row a repeated value, key
     * or row was in ({@link
     * #ROWS_PER_FILE}), {@code kt} the row's primary key and {@code fk} that of the first row; then one row of {@code
     * kind} 1 whose {@code cell} holds the rows with errors and each count, separated by spaces (one row of text, so
     * that both come from one statement, and so from one pass over the data).
     *
     * @param relation what the engine reads
     * @param perCode how many errors of each code to list
     * @param firstKeys whether to look up the primary key of the first row of each repeat (for tables, whose rows
     *     are named by it): one more pass
     * @return the query, or null when no field is read
     */
    String checks(String relation, int perCode, boolean firstKeys) {
        List<String> parts = new ArrayList<>();
        List<String> any = new ArrayList<>();
        List<String> sums = new ArrayList<>();
        String noFirst = ", CAST(NULL AS BIGINT) AS fo, kt";
        for (int i = 0; i < fields.size(); i++) {
            if (columns[i] != null) {
                parts.add("SELECT f, r, " + i + " AS pos, e" + i + " AS code, " + pulled("t" + i) + " AS cell" + noFirst
                        + " FROM bad WHERE e" + i + " IS NOT NULL");
                any.add("e" + i + " IS NOT NULL");
                for (String one : CELL_CODES) {
                    sums.add(sum("e" + i + " = " + sql.text(one)));
                }
            }
        }
        for (int u = 0; u < uniqueFields.length; u++) {
            int i = uniqueFields[u];
            if (columns[i] != null) {
                parts.add("SELECT f, r, " + (fields.size() + u) + " AS pos, 'unique-error' AS code, " + pulled("t" + i)
                        + " AS cell, uo" + i + " AS fo, kt FROM bad WHERE u" + i + " > 1");
                any.add("u" + i + " > 1");
                sums.add(sum("u" + i + " > 1"));
            }
        }
        if (keyComplete() != null) {
            parts.add("SELECT f, r, " + (fields.size() + uniqueFields.length) + " AS pos, 'primary-key' AS code, kt AS"
                    + " cell, pko AS fo, kt FROM bad WHERE pk > 1");
            any.add("pk > 1");
            sums.add(sum("pk > 1"));
        }
        int next = fields.size() + uniqueFields.length + 1;
        for (int j = 0; j < references.size(); j++) {
            List<String> texts = new ArrayList<>();
            for (int i : references.get(j).fields()) {
                texts.add("t" + i);
            }
            parts.add("SELECT f, r, " + (next + j) + " AS pos, 'foreign-key' AS code, "
                    + String.join(" || " + sql.text(KEY_SEPARATOR) + " || ", texts) + " AS cell" + noFirst
                    + " FROM bad WHERE fkm" + j + " > 1");
            any.add("fkm" + j + " > 1");
            sums.add(sum("fkm" + j + " > 1"));
        }
        if (duplicateRows) {
            parts.add("SELECT f, r, " + (next + references.size()) + " AS pos, 'duplicate-row' AS code, CAST(NULL AS "
                    + sql.textType() + ") AS cell, dro AS fo, kt FROM bad WHERE dup > 1");
            any.add("dup > 1");
            sums.add(sum("dup > 1"));
        }
        if (parts.isEmpty()) {
            return null;
        }
        List<String> totals = new ArrayList<>(List.of(sql.asText("count(*)")));
        for (String one : sums) {
            totals.add(sql.asText("coalesce(" + one + ", 0)"));
        }
        String first = firstKeys
                ? "first.kt FROM listed LEFT JOIN (SELECT o, kt FROM cells) first ON first.o = listed.fo"
                : "CAST(NULL AS " + sql.textType() + ") FROM listed";
        return checked(relation) + ", bad AS " + sql.materialized() + "(SELECT * FROM checked WHERE "
                + String.join(" OR ", any)
                + "), listed AS (SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY code ORDER BY f, r, pos) AS"
                + " n FROM (" + String.join(" UNION ALL ", parts) + ") everyone) ranked WHERE n <= " + perCode
                + ") SELECT 0 AS kind, listed.f, listed.r, listed.pos, listed.code, listed.cell, listed.fo, listed.kt, "
                + first + " UNION ALL SELECT 1, NULL, NULL, NULL, NULL, " + String.join(" || ' ' || ", totals)
                + ", NULL, NULL, NULL FROM bad ORDER BY 1, 2, 3, 4";
    }

    /**
     * Some fields' typed values as text, the way a foreign key compares them: {@code k0, k1, ...} over a relation's
     * rows, or null when a field has no column that holds its type.
     *
     * @param relation what the engine reads
     * @param fieldIndexes the fields
     * @return the query
     */
    String keyTexts(String relation, int[] fieldIndexes) {
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < fieldIndexes.length; k++) {
            if (columns[fieldIndexes[k]] == null) {
                return null;
            }
            keys.add(sql.asText(value[fieldIndexes[k]]) + " AS k" + k);
        }
        return "SELECT " + String.join(", ", keys) + " FROM " + relation + " AS source";
    }

    /**
     * A row's split key as one text: each key field's typed value (or, where the cell is not of the type, its text),
     * or with no key fields every column's text, a missing cell apart from an empty one. Two rows share a sample when
     * their keys are equal, as the streaming gate compares their hashes.
     *
     * @param keyFields the key's fields, or none for whole rows
     * @return the expression, over the relation's columns
     */
    String splitKey(int[] keyFields) {
        List<String> parts = new ArrayList<>();
        if (keyFields.length == 0) {
            for (int i = 0; i < fields.size(); i++) {
                if (columns[i] != null) {
                    parts.add("CASE WHEN " + text[i] + " IS NULL THEN 'n' ELSE 't' || " + text[i] + " END");
                }
            }
        } else {
            for (int i : keyFields) {
                parts.add(
                        columns[i] == null
                                ? "'-'"
                                : "CASE WHEN " + value[i] + " IS NOT NULL THEN 'v' || " + sql.asText(value[i])
                                        + " ELSE 't' || coalesce(" + text[i] + ", '') END");
            }
        }
        return String.join(" || " + sql.text(KEY_SEPARATOR) + " || ", parts);
    }

    /**
     * A field's typed value, null where the cell is missing or not of the type.
     *
     * @param i the field's index
     * @return the expression over the relation's columns, or null when the field has no column
     */
    String value(int i) {
        return columns[i] == null ? null : value[i];
    }

    /**
     * A field's text, null where the cell is missing.
     *
     * @param i the field's index
     * @return the expression over the relation's columns, or null when the field has no column
     */
    String text(int i) {
        return columns[i] == null ? null : text[i];
    }

    /**
     * A row's order key, its file and place in one number ({@link #ROWS_PER_FILE}).
     *
     * @return the expression over the relation's columns
     */
    String orderKey() {
        return order();
    }

    /**
     * A row's primary key as one text, or null without a complete one.
     *
     * @return the expression over the relation's columns
     */
    String keyTextOrNull() {
        return keyComplete() == null ? null : keyText();
    }

    /**
     * The characters of a listed cell that come back from the engine: findings quote 50 of them, and a cell of 40 MB
     * listed a hundred times would otherwise fill the build's heap.
     */
    static final int PULLED_CHARS = 1_000;

    private static String pulled(String text) {
        return "substr(" + text + ", 1, " + PULLED_CHARS + ")";
    }

    private static String sum(String condition) {
        return "sum(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }

    /**
     * Whether a field's column can hold a long text: a text or a column of a type the engine names otherwise. Numbers,
     * booleans, dates and times have short texts, so a row's bytes are measured on these columns alone.
     *
     * @param field the field's index
     * @return true for a text column
     */
    boolean holdsLongText(int field) {
        return columns[field] != null
                && (columns[field].kind() == ColumnKind.TEXT || columns[field].kind() == ColumnKind.OTHER);
    }

    /** The code of a check an engine cannot make: the gate fails closed rather than pass what it did not check. */
    static final String ENGINE_ERROR = "engine-error";

    /** Separates the texts of a primary key's parts in the listed errors. */
    static final String KEY_SEPARATOR = "\u001f";
}
