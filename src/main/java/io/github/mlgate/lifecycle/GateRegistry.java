package io.github.mlgate.lifecycle;

import io.github.mlgate.baseline.BaselineGate;
import io.github.mlgate.data.DataGate;
import io.github.mlgate.deployment.DeployGate;
import io.github.mlgate.deployment.MonitorGate;
import io.github.mlgate.evaluation.EvaluationGate;
import io.github.mlgate.gate.Gate;
import io.github.mlgate.gate.InvalidSettingsException;
import io.github.mlgate.scope.ScopeGate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every gate, in lifecycle order: the one place a gate is registered. Whatever runs, stores, prints or reports gates
 * iterates this list.
 */
public final class GateRegistry {

    /** The gates in lifecycle order. Gates are stateless: one instance serves every run. */
    public static final List<Gate<?>> GATES =
            List.of(new ScopeGate(), new DataGate(), new EvaluationGate(), new BaselineGate(), new DeployGate());

    /**
     * The gates a scheduled job runs on its own, over fresh production data, rather than the build's {@code check}:
     * their goals have no default phase.
     */
    public static final List<Gate<?>> SCHEDULED = List.of(new MonitorGate());

    private GateRegistry() {}

    /**
     * The gates' names, in lifecycle order.
     *
     * @return the names
     */
    public static List<String> names() {
        return GATES.stream().map(Gate::name).toList();
    }

    /**
     * The gate of a name, run by {@code check} or scheduled.
     *
     * @param name the name, as in {@code mlgate:<name>}
     * @return the gate, or empty when no gate has that name
     */
    public static Optional<Gate<?>> named(String name) {
        return java.util.stream.Stream.concat(GATES.stream(), SCHEDULED.stream())
                .filter(gate -> gate.name().equals(name))
                .findFirst();
    }

    /**
     * The types of a gate's sections, to read its results back.
     *
     * @param name the gate's name
     * @return the types by key; none for a name no gate has
     */
    public static Map<String, Class<? extends Record>> sectionsOf(String name) {
        return named(name)
                .<Map<String, Class<? extends Record>>>map(Gate::sections)
                .orElse(Map.of());
    }

    /**
     * The gates a user named in a comma-separated list, such as {@code mlgate.gates=scope,data}.
     *
     * @param list the list; null or blank for none
     * @return the names, in the order given, or empty for every gate
     * @throws InvalidSettingsException when a name is not a gate's
     */
    public static List<String> select(String list) throws InvalidSettingsException {
        List<String> names = new ArrayList<>();
        if (list == null || list.isBlank()) {
            return names;
        }
        for (String part : list.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!names().contains(name)) {
                throw new InvalidSettingsException("gates names '" + part.strip()
                        + "', which is not a gate; use any of " + String.join(", ", names()) + ".");
            }
            names.add(name);
        }
        return names;
    }
}
