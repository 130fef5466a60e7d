package io.github.mlgate.maven;

import io.github.mlgate.deployment.DeployGate;
import io.github.mlgate.gate.InvalidSettingsException;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;

/**
 * What this build will run after a goal, as far as a goal can tell from the command line and the project's bindings:
 * whether the deploy gate runs (to judge the criteria the evaluation hands it) and whether the site is written.
 */
final class BuildPlan {

    private final MavenSession session;
    private final MavenProject project;
    private final PluginDescriptor plugin;

    BuildPlan(MavenSession session, MavenProject project, PluginDescriptor plugin) {
        this.session = session;
        this.project = project;
        this.plugin = plugin;
    }

    /**
     * Why the deploy gate does not run in this build, or null when it does: the deploy or check goal named on the
     * command line, or bound to a phase the build reaches (the {@code ml-model} packaging's bindings among them), a
     * check running it unless its {@code gates} leave it out.
     *
     * @param asking the goal that asks, named in an error
     * @return the reason, or null
     * @throws MojoExecutionException when a check's {@code gates} name no gate
     */
    String whyDeployDoesNotRun(String asking) throws MojoExecutionException {
        org.apache.maven.model.Plugin configured = project.getBuildPlugins().stream()
                .filter(bound -> bound.getKey().equals(plugin.getPluginLookupKey()))
                .findFirst()
                .orElse(null);
        Object pluginConfiguration = configured == null ? null : configured.getConfiguration();
        String leftOut = null;
        for (String task : session.getGoals()) {
            String goal = ownGoal(task);
            if (DeployGate.NAME.equals(goal)) {
                return null;
            }
            if ("check".equals(goal)) {
                Object cli = configured == null
                        ? null
                        : configured.getExecutionsAsMap().get("default-cli");
                String why = checkLeavesDeployOut(
                        asking,
                        "mlgate:check on the command line",
                        cli == null ? null : ((org.apache.maven.model.PluginExecution) cli).getConfiguration(),
                        pluginConfiguration);
                if (why == null) {
                    return null;
                }
                leftOut = why;
            }
        }
        if (configured != null) {
            for (org.apache.maven.model.PluginExecution execution : configured.getExecutions()) {
                if (!reached(execution.getPhase())) {
                    continue;
                }
                if (execution.getGoals().contains(DeployGate.NAME)) {
                    return null;
                }
                if (execution.getGoals().contains("check")) {
                    String why = checkLeavesDeployOut(
                            asking,
                            "the execution '" + execution.getId() + "' of mlgate:check",
                            execution.getConfiguration(),
                            pluginConfiguration);
                    if (why == null) {
                        return null;
                    }
                    leftOut = why;
                }
            }
        }
        return leftOut != null
                ? leftOut
                : "neither it nor mlgate:check is named on the command line or bound to a phase this build reaches";
    }

    /** The default lifecycle's phases, in order: a bound execution runs when the build reaches its phase. */
    private static final List<String> PHASES = List.of(
            "validate",
            "initialize",
            "generate-sources",
            "process-sources",
            "generate-resources",
            "process-resources",
            "compile",
            "process-classes",
            "generate-test-sources",
            "process-test-sources",
            "generate-test-resources",
            "process-test-resources",
            "test-compile",
            "process-test-classes",
            "test",
            "prepare-package",
            "package",
            "pre-integration-test",
            "integration-test",
            "post-integration-test",
            "verify",
            "install",
            "deploy");

    /**
     * Whether the build's phases reach an execution bound to a phase (the deploy and check goals' default, {@code
     * verify}, when it names none). A phase outside the default lifecycle, as Maven 4's {@code before:} and
     * {@code after:} phases, is taken as reached: only an execution surely left out is.
     */
    private boolean reached(String phase) {
        int at = PHASES.indexOf(phase == null ? "verify" : phase);
        if (at < 0) {
            return true;
        }
        int furthest = -1;
        for (String task : session.getGoals()) {
            furthest = Math.max(furthest, PHASES.indexOf(task));
        }
        return furthest >= at;
    }

    /**
     * Why a {@code check} execution leaves the deploy gate out, or null when it runs it: its {@code gates} as the
     * execution, else the plugin's configuration, else the {@code mlgate.gates} property sets them. A value Maven
     * would still interpolate ({@code ${...}}) is taken to run every gate: only a list mlgate can read leaves one out.
     */
    private String checkLeavesDeployOut(
            String goal, String which, Object executionConfiguration, Object pluginConfiguration)
            throws MojoExecutionException {
        String gates = configured(executionConfiguration, "gates");
        if (gates == null) {
            gates = configured(pluginConfiguration, "gates");
        }
        if (gates == null) {
            gates = session.getUserProperties().getProperty("mlgate.gates");
        }
        if (gates == null) {
            gates = project.getProperties().getProperty("mlgate.gates");
        }
        if (gates == null || gates.isBlank() || gates.contains("${")) {
            return null;
        }
        List<String> selected;
        try {
            selected = io.github.mlgate.lifecycle.GateRegistry.select(gates);
        } catch (InvalidSettingsException e) {
            throw AbstractMlgateMojo.cannotRun(goal, e);
        }
        return selected.isEmpty() || selected.contains(DeployGate.NAME)
                ? null
                : which + " runs only the gates " + String.join(", ", selected);
    }

    /** A parameter's text in a plugin's or an execution's configuration, or null when it sets none. */
    private static String configured(Object configuration, String parameter) {
        if (configuration instanceof org.codehaus.plexus.util.xml.Xpp3Dom dom && dom.getChild(parameter) != null) {
            String value = dom.getChild(parameter).getValue();
            return value == null || value.isBlank() ? null : value.strip();
        }
        return null;
    }

    /** The goal a command-line task names when it is one of this plugin's ({@code mlgate:check}), else null. */
    private String ownGoal(String task) {
        boolean ours = plugin != null
                && (task.startsWith(plugin.getGoalPrefix() + ":")
                        || task.startsWith(plugin.getGroupId() + ":" + plugin.getArtifactId() + ":"));
        return ours ? task.substring(task.lastIndexOf(':') + 1) : null;
    }

    /**
     * Whether this build goes on to write the site or the report page after this goal: a site phase ({@code site},
     * {@code post-site}, {@code site-deploy}), the site plugin's {@code site} or {@code stage} goal, or this plugin's
     * {@code report} goal named on the command line.
     *
     * @return true when the page is wanted from this build
     */
    boolean pageWantedLater() {
        if (session.getGoals() == null) {
            return false;
        }
        for (String task : session.getGoals()) {
            String goal = task.substring(task.lastIndexOf(':') + 1);
            boolean phase = !task.contains(":")
                    && java.util.Set.of("site", "post-site", "site-deploy").contains(task);
            boolean sitePlugin = (task.startsWith("site:") || task.contains(":maven-site-plugin:"))
                    && java.util.Set.of("site", "stage").contains(goal);
            boolean report = "report".equals(ownGoal(task));
            if (phase || sitePlugin || report) {
                return true;
            }
        }
        return false;
    }
}
