package io.github.mlgate.gate;

import java.util.Locale;

/**
 * A boolean switch as the user wrote it. Maven turns every value but {@code true} into false, so
 * {@code -Dmlgate.failOnViolation=ture} would silently stop failing the build; switches are therefore taken as text
 * and read here, which accepts {@code true} and {@code false} (in any case, around spaces) and nothing else.
 */
public final class Switch {

    private Switch() {}

    /**
     * Reads a switch.
     *
     * @param property the switch's property, named in the error, for example {@code mlgate.failOnViolation}
     * @param value the value as configured, or null when unset
     * @param unset the value when unset
     * @return the switch's value
     * @throws InvalidSettingsException when the value is neither {@code true} nor {@code false}
     */
    public static boolean parse(String property, String value, boolean unset) throws InvalidSettingsException {
        if (value == null) {
            return unset;
        }
        String word = value.trim().toLowerCase(Locale.ROOT);
        if (word.equals("true")) {
            return true;
        }
        if (word.equals("false")) {
            return false;
        }
        throw new InvalidSettingsException(property + " is '" + Printable.text(value) + "'; use true or false.");
    }
}
