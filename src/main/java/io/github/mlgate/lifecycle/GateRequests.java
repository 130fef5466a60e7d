package io.github.mlgate.lifecycle;

import io.github.mlgate.gate.Gate;
import io.github.mlgate.gate.GateSettings;
import io.github.mlgate.gate.Services;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each gate's request for one run, kept by gate so that every gate gets back the type it takes. */
public final class GateRequests {

    private final Map<String, Record> byGate;

    private GateRequests(Map<String, Record> byGate) {
        this.byGate = byGate;
    }

    /**
     * The requests of every registered gate, each made by its gate from the settings.
     *
     * @param settings the run's settings, checked
     * @param services what the build offers the gates
     * @return the requests
     */
    public static GateRequests of(GateSettings settings, Services services) {
        return of(GateRegistry.GATES, settings, services);
    }

    /**
     * The requests of some gates, each made by its gate from the settings.
     *
     * @param gates the gates
     * @param settings the run's settings, checked
     * @param services what the build offers the gates
     * @return the requests
     */
    public static GateRequests of(List<Gate<?>> gates, GateSettings settings, Services services) {
        GateRequests requests = new GateRequests(Map.of());
        for (Gate<?> gate : gates) {
            requests = requests.withRequestOf(gate, settings, services);
        }
        return requests;
    }

    private <R extends Record> GateRequests withRequestOf(Gate<R> gate, GateSettings settings, Services services) {
        return with(gate, gate.request(settings, services));
    }

    /**
     * These requests with one gate's replaced.
     *
     * @param gate the gate
     * @param request its request
     * @param <R> the request's type
     * @return the new requests
     */
    public <R extends Record> GateRequests with(Gate<R> gate, R request) {
        Map<String, Record> more = new LinkedHashMap<>(byGate);
        more.put(gate.name(), request);
        return new GateRequests(Map.copyOf(more));
    }

    /**
     * A gate's request.
     *
     * @param gate the gate
     * @param <R> the request's type
     * @return the request
     * @throws IllegalStateException when there is none for that gate
     */
    @SuppressWarnings("unchecked") // only with(Gate<R>, R) puts a request in, under its own gate's name
    public <R extends Record> R of(Gate<R> gate) {
        Record request = byGate.get(gate.name());
        if (request == null) {
            throw new IllegalStateException("No request for the gate " + gate.name());
        }
        return (R) request;
    }
}
