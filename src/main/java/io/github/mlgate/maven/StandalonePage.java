package io.github.mlgate.maven;

import io.github.mlgate.report.ReportPage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.doxia.sink.SinkEventAttributes;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;

/**
 * The report page as a file of its own, for {@code mvn mlgate:report} run outside a site: the page's body rendered
 * through Doxia's XHTML5 sink (which escapes every text), in a plain HTML document without the site's skin.
 */
final class StandalonePage {

    private StandalonePage() {}

    /**
     * Writes the page.
     *
     * @param page the page
     * @param locale the page's language
     * @param file where to write it
     * @throws IOException when it cannot be written
     */
    static void write(ReportPage page, Locale locale, Path file) throws IOException {
        StringWriter body = new StringWriter();
        BodySink sink = new BodySink(body);
        new DoxiaPage(sink, page).render();
        sink.close();
        StringWriter title = new StringWriter();
        Xhtml5BaseSink titleSink = new Xhtml5BaseSink(title);
        titleSink.text(page.title());
        titleSink.close();
        String html =
                "<!DOCTYPE html>\n<html lang=\"" + locale.toLanguageTag() + "\">\n<head>\n<meta charset=\"UTF-8\">\n"
                        + "<title>" + title + "</title>\n</head>\n<body>\n" + body + "\n</body>\n</html>\n";
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    /** The body only: the document head the renderer opens (its title) is written above, once. */
    private static final class BodySink extends Xhtml5BaseSink {

        private boolean inHead;

        BodySink(StringWriter out) {
            super(out);
        }

        @Override
        public void head(SinkEventAttributes attributes) {
            inHead = true;
        }

        @Override
        public void head_() {
            inHead = false;
        }

        @Override
        public void text(String text, SinkEventAttributes attributes) {
            if (!inHead) {
                super.text(text, attributes);
            }
        }
    }
}
