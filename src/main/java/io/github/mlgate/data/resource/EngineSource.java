package io.github.mlgate.data.resource;

/**
 * Where an engine reads a resource: its Parquet files (the resource's files), a table, or a query.
 *
 * @param engine the engine that checks the resource
 * @param table the table, qualified as the engine names it ({@code analytics.churn_train}), or null
 * @param query a query whose rows are the resource, or null
 * @param roots the resource's paths as the descriptor gives them (files, folders or globs), resolved; empty for a
 *     table or a query
 */
public record EngineSource(EngineSpec engine, String table, String query, java.util.List<java.nio.file.Path> roots) {

    /** Copies the roots. */
    public EngineSource {
        roots = java.util.List.copyOf(roots);
    }

    /**
     * The same source, reading files under these paths.
     *
     * @param paths the resource's paths, resolved
     * @return the source
     */
    public EngineSource under(java.util.List<java.nio.file.Path> paths) {
        return new EngineSource(engine, table, query, paths);
    }

    /** Whether the engine reads the resource's files, as Parquet. */
    public boolean readsFiles() {
        return table == null && query == null;
    }

    /** The source as findings name it: the table, the query's first words, or nothing for files. */
    public String shown() {
        if (table != null) {
            return "table " + table;
        }
        if (query != null) {
            String oneLine = query.strip().replaceAll("\\s+", " ");
            return "query '" + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine) + "'";
        }
        return "its Parquet files";
    }
}
