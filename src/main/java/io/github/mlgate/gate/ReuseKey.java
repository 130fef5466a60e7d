package io.github.mlgate.gate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * A request's reuse key: every component of the request record, by name and value, except the {@link Service}s it
 * talks to. Built from the whole record, so a component added later is in the key without anyone listing it.
 */
public final class ReuseKey {

    private ReuseKey() {}

    /**
     * The key of a request.
     *
     * @param request the request
     * @return its components as {@code name=value} lines, in declaration order
     */
    public static String of(Record request) {
        StringBuilder key = new StringBuilder(request.getClass().getName()).append('\n');
        for (RecordComponent component : request.getClass().getRecordComponents()) {
            if (Service.class.isAssignableFrom(component.getType())) {
                continue;
            }
            Object value;
            try {
                value = component.getAccessor().invoke(request);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + component.getName() + " of " + request, e);
            }
            key.append(component.getName()).append('=').append(value).append('\n');
        }
        return key.toString();
    }
}
