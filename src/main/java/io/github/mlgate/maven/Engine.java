package io.github.mlgate.maven;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An engine of the plugin's {@code <engines>}, with the keys of the data package's {@code mlgate.engines}
 * (docs/engines.md). Maven fills it from the configuration; it replaces the package's engine of the same name, so a
 * build profile can point the package at a cluster.
 */
public class Engine {

    /** The name resources call it by. */
    private String name;

    /** {@code duckdb}, {@code jdbc} or {@code spark}. */
    private String type;

    /** The JDBC URL, or a Spark master. */
    private String url;

    /** A Spark master, as {@code url}. */
    private String master;

    /** The id of the {@code settings.xml} server that holds the user and password. */
    private String server;

    /** The environment variable that holds the user. */
    private String userEnv;

    /** The environment variable that holds the password. */
    private String passwordEnv;

    /** JDBC connection properties, or Spark configuration entries. */
    private Map<String, String> options = new LinkedHashMap<>();

    /** The engine's name, or null when the configuration gives none. */
    String name() {
        return name;
    }

    /**
     * The engine as the descriptor's {@code mlgate.engines} would declare it, its keys unset left out.
     *
     * @return the keys and values
     */
    Map<String, Object> declared() {
        Map<String, Object> declared = new LinkedHashMap<>();
        String[][] keys = {
            {"type", type},
            {"url", url},
            {"master", master},
            {"server", server},
            {"userEnv", userEnv},
            {"passwordEnv", passwordEnv}
        };
        for (String[] key : keys) {
            if (key[1] != null) {
                declared.put(key[0], key[1]);
            }
        }
        if (options != null && !options.isEmpty()) {
            declared.put("options", new LinkedHashMap<>(options));
        }
        return declared;
    }
}
