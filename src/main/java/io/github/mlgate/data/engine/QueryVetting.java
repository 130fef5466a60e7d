package io.github.mlgate.data.engine;

import io.github.mlgate.data.resource.DataResource;
import io.github.mlgate.data.resource.EngineSource;
import io.github.mlgate.gate.Findings;
import java.util.ArrayList;
import java.util.List;

/**
 * Each query of the data package put to its engine's own parser before any of the package's SQL runs there: DuckDB
 * says whether it is one SELECT statement, Spark whether it reads only tables and views. A query refused is a {@code
 * resource-error} and its resource is not read; an engine that cannot be reached is left to the resource's own check,
 * which says so.
 */
public final class QueryVetting {

    private QueryVetting() {}

    /**
     * The resources whose queries their engines accept, and those without a query.
     *
     * @param resources the resources
     * @param sessions the engines' sessions
     * @param findings where refusals go
     * @return the resources to read
     */
    public static List<DataResource> vetted(List<DataResource> resources, Sessions sessions, Findings findings) {
        List<DataResource> kept = new ArrayList<>();
        for (DataResource resource : resources) {
            EngineSource source = resource.engine();
            if (source == null
                    || source.query() == null
                    || source.engine().kind().isJdbc()) {
                kept.add(resource);
                continue;
            }
            String refused;
            try (SqlSession session = sessions.session(source.engine())) {
                refused = session.vet(source.query());
            } catch (EngineException | java.sql.SQLException e) {
                kept.add(resource); // Its check reports that the engine cannot be reached.
                continue;
            }
            if (refused == null) {
                kept.add(resource);
            } else {
                findings.error(
                        "resource-error",
                        "Resource '" + resource.name() + "': mlgate.query " + refused,
                        resource.location());
            }
        }
        return kept;
    }
}
