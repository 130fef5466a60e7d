package io.github.mlgate.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises text that stands in for an answer: TODO and friends, and the template's own {@code <...>} prompts. */
public final class Placeholders {

    private static final Pattern MARKER =
            Pattern.compile("\\b(TODO|TBD|TBA|FIXME|XXX)\\b|\\?\\?\\?|lorem ipsum", Pattern.CASE_INSENSITIVE);

    /** The template's prompts are whole values in angle brackets, for example {@code <what problem ...?>}. */
    private static final Pattern TEMPLATE_PROMPT = Pattern.compile("^\\s*<[^<>]*>\\s*$", Pattern.DOTALL);

    private Placeholders() {}

    /**
     * The placeholder marker in a text, if any.
     *
     * @param text the text
     * @return the marker as written (for example {@code TODO}, or the whole template prompt), or empty
     */
    public static Optional<String> find(String text) {
        if (TEMPLATE_PROMPT.matcher(text).matches()) {
            return Optional.of(text.strip());
        }
        Matcher marker = MARKER.matcher(text);
        return marker.find() ? Optional.of(marker.group()) : Optional.empty();
    }
}
