package io.github.mlgate.maven;

import io.github.mlgate.gate.InvalidSettingsException;
import io.github.mlgate.gate.Switch;
import org.apache.maven.plugin.MojoExecutionException;

/** Reads the goals' switches, which are declared as text so that a misspelt value is refused, not read as false. */
final class Switches {

    private Switches() {}

    /**
     * Reads a switch.
     *
     * @param goal the goal, named in the error
     * @param property the switch's property, for example {@code mlgate.skip}
     * @param value the configured value, or null
     * @param unset the value when unset
     * @return the switch
     * @throws MojoExecutionException when the value is neither {@code true} nor {@code false}
     */
    static boolean flag(String goal, String property, String value, boolean unset) throws MojoExecutionException {
        try {
            return Switch.parse(property, value, unset);
        } catch (InvalidSettingsException e) {
            throw AbstractMlgateMojo.cannotRun(goal, e);
        }
    }
}
