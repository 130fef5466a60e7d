package io.github.mlgate.data.resource;

import io.github.mlgate.csv.Dialect;
import io.github.mlgate.data.schema.TableSchema;
import io.github.mlgate.gate.Location;
import java.nio.file.Path;
import java.util.List;

/**
 * A resource of the data package, ready to validate.
 *
 * @param name its name
 * @param files its files, in order; their rows form one table
 * @param shown the files as the user names them
 * @param encoding the files' character encoding
 * @param jsonLines whether the files are JSON Lines rather than delimited text
 * @param dialect how delimited files are written
 * @param schema the Table Schema its rows must hold to
 * @param maxErrorRate the tolerated fraction of rows with errors, or null for none tolerated
 * @param maxErrors the tolerated number of errors, or null for none tolerated
 * @param duplicateRows whether identical rows are errors ({@code duplicate-row})
 * @param location where the resource is described
 * @param engine the engine that checks the resource where its data are (Parquet files, a table, a query), or null
 *     for local text files, streamed by the data gate itself
 */
public record DataResource(
        String name,
        List<Path> files,
        List<String> shown,
        java.nio.charset.Charset encoding,
        boolean jsonLines,
        Dialect dialect,
        TableSchema schema,
        Double maxErrorRate,
        Long maxErrors,
        boolean duplicateRows,
        Location location,
        EngineSource engine) {

    /** Whether errors within a tolerance let the resource pass with a warning. */
    public boolean tolerates() {
        return maxErrorRate != null || maxErrors != null;
    }
}
