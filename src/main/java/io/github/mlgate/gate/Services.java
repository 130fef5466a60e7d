package io.github.mlgate.gate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The services the build offers the gates of one run, by type: an immutable value, so each run has its own.
 */
public final class Services {

    private static final Services NONE = new Services(Map.of());

    private final Map<Class<?>, Object> byType;

    private Services(Map<Class<?>, Object> byType) {
        this.byType = byType;
    }

    /**
     * No services: every gate falls back to its own default.
     *
     * @return the empty set
     */
    public static Services none() {
        return NONE;
    }

    /**
     * These services and one more.
     *
     * @param type the type gates ask for
     * @param service the service
     * @param <T> the type
     * @return the new set
     */
    public <T extends Service> Services with(Class<T> type, T service) {
        Map<Class<?>, Object> more = new LinkedHashMap<>(byType);
        more.put(type, Objects.requireNonNull(service, "service"));
        return new Services(Map.copyOf(more));
    }

    /**
     * A service, or a fallback when the build offers none of that type.
     *
     * @param type the type
     * @param fallback what to use without one
     * @param <T> the type
     * @return the service or the fallback
     */
    public <T extends Service> T get(Class<T> type, T fallback) {
        Object service = byType.get(type);
        return service == null ? fallback : type.cast(service);
    }
}
