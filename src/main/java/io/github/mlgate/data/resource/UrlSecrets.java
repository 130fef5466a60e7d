package io.github.mlgate.data.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a JDBC URL could be a secret, found by reading each form a URL carries credentials in, and the URL as the
 * outputs may show it: the user information of {@code scheme://user:password@host} (up to the last {@code @}, so a
 * password holding one is masked whole), Oracle's {@code user/password@host} and {@code user/password@//host/service},
 * and every parameter whose name says it holds a user, password, secret, token or key, in {@code ?a=b&c=d}, {@code
 * ;a=b} and {@code (A=b)} forms, case-insensitively.
 */
public final class UrlSecrets {

    private UrlSecrets() {}

    /** What stands in for a secret. */
    public static final String MASK = "***";

    /** Parameter names that hold a secret, or a user worth keeping out of logs: parts of the name, lowercase. */
    private static final List<String> SECRET_NAMES = List.of(
            "password", "passwd", "pwd", "secret", "token", "credential", "apikey", "api_key", "accesskey", "user");

    /** A parameter: a name after {@code ?}, {@code &}, {@code ;} or {@code (}, then {@code =} and its value. */
    private static final Pattern PARAMETER = Pattern.compile("([?&;(]\\s*)([A-Za-z0-9_.\\-]+)(\\s*=\\s*)([^&;)]*)");

    /** A secret's name with {@code =} and its value, wherever it stands in the URL. */
    private static final Pattern LOOSE = Pattern.compile(
            "(?i)((?:password|passwd|pwd|secret|token|credential|apikey|api_key|accesskey)[A-Za-z0-9_.\\-]*\\s*=\\s*)"
                    + "([^&;)]*)");

    /**
     * The URL with every secret replaced by {@link #MASK}; the user information of {@code //user:password@host} is
     * left out whole.
     *
     * @param url the URL
     * @return the URL as findings and outputs may show it
     */
    public static String mask(String url) {
        StringBuilder shown = new StringBuilder(url);
        List<int[]> spans = spans(url);
        // Right to left, so earlier spans keep their places.
        spans.sort((a, b) -> Integer.compare(b[0], a[0]));
        for (int[] span : spans) {
            shown.replace(span[0], span[1], span[2] == 1 ? "" : MASK);
        }
        return shown.toString();
    }

    /**
     * The secrets themselves, to scrub from what a driver says about the URL.
     *
     * @param url the URL
     * @return the texts masked, longest first
     */
    static List<String> secrets(String url) {
        List<String> found = new ArrayList<>();
        for (int[] span : spans(url)) {
            String secret = url.substring(span[0], span[1]);
            if (span[2] == 1 && secret.endsWith("@")) {
                secret = secret.substring(0, secret.length() - 1);
            }
            if (!secret.isBlank()) {
                found.add(secret);
                int colon = secret.indexOf(':');
                int slash = secret.indexOf('/');
                int cut = colon >= 0 ? colon : slash;
                if (cut >= 0 && cut + 1 < secret.length()) {
                    found.add(secret.substring(cut + 1)); // the password alone, as a driver may quote it
                }
            }
        }
        found.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return found;
    }

    /**
     * A driver's message about an engine with the URL's secrets, and the URL itself, masked.
     *
     * @param message what the driver said
     * @param url the engine's URL, or null
     * @return the message as findings may show it
     */
    public static String scrub(String message, String url) {
        if (url == null || message == null) {
            return message;
        }
        String scrubbed = message.replace(url, mask(url));
        for (String secret : secrets(url)) {
            scrubbed = scrubbed.replace(secret, MASK);
        }
        return scrubbed;
    }

    /** Each secret's place: start, end, and 1 for user information (left out whole) or 0 for a value (masked). */
    private static List<int[]> spans(String url) {
        List<int[]> spans = new ArrayList<>();
        int query = firstOf(url, '?', ';');
        int authority = url.indexOf("//");
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:oracle:")) {
            // jdbc:oracle:thin:user/password@host:1521:sid, or ...@//host:1521/service, or ...@(DESCRIPTION=...)
            int start = url.indexOf(':', "jdbc:oracle:".length()) + 1;
            int at = url.lastIndexOf('@', query < 0 ? url.length() - 1 : query);
            if (start > 0 && at > start) {
                spans.add(new int[] {start, at, 0});
            }
        } else if (authority >= 0 && (query < 0 || authority < query)) {
            // The user information ends at the last @ before the query: a password may hold @, ; or /.
            int question = url.indexOf('?');
            int at = url.lastIndexOf('@', question < 0 ? url.length() - 1 : question);
            if (at > authority + 1) {
                spans.add(new int[] {authority + 2, at + 1, 1});
            }
        }
        Matcher parameter = PARAMETER.matcher(url);
        while (parameter.find()) {
            String name = parameter.group(2).toLowerCase(Locale.ROOT);
            if (!parameter.group(4).isEmpty() && SECRET_NAMES.stream().anyMatch(name::contains)) {
                spans.add(new int[] {parameter.start(4), parameter.end(4), 0});
            }
        }
        // A secret's name and = anywhere else (after a space, a slash, inside a value): its value is masked too. What
        // a parser of one URL form would miss, a user's typo or a fuzzer's URL, must not show the secret.
        Matcher loose = LOOSE.matcher(url);
        while (loose.find()) {
            if (!loose.group(2).isEmpty()
                    && spans.stream().noneMatch(span -> span[0] <= loose.start(2) && loose.end(2) <= span[1])) {
                spans.add(new int[] {loose.start(2), loose.end(2), 0});
            }
        }
        // A parameter inside masked user information is already gone.
        spans.removeIf(inner ->
                spans.stream().anyMatch(outer -> outer != inner && outer[0] <= inner[0] && inner[1] <= outer[1]));
        return spans;
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
