package io.github.mlgate.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The site report's words in the reader's language, from the {@code lifecycle-report} resource bundles (English,
 * and Brazilian Portuguese for {@code pt_BR}).
 */
public final class ReportText {

    private static final String BUNDLE = "io.github.mlgate.report.lifecycle-report";

    private final ResourceBundle bundle;
    private final Locale locale;

    /**
     * Loads the words for a locale; a locale without its own bundle gets English.
     *
     * @param locale the site's locale
     */
    public ReportText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                ReportText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * One text, with its placeholders ({@code {0}}, {@code {1}}) filled.
     *
     * @param key the text's key
     * @param arguments the values of its placeholders
     * @return the text
     * @throws MissingResourceException when no bundle has the key
     */
    public String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
