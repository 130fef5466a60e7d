package io.github.mlgate.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report page as structure: sections of paragraphs and tables, whose text is plain (never markup) and is escaped by
 * whatever renders it. The site report renders it with Doxia; tests read it directly.
 *
 * @param title the page's title
 * @param sections the sections, in order
 */
public record ReportPage(String title, List<Section> sections) {

    /** Copies the sections. */
    public ReportPage {
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
    }

    /**
     * A section with a title, an anchor, content and subsections.
     *
     * @param title the section's title
     * @param id its anchor, for links within the page
     * @param blocks its paragraphs and tables
     * @param subsections its subsections
     */
    public record Section(String title, String id, List<Block> blocks, List<Section> subsections) {

        /** Copies the lists. */
        public Section {
            blocks = List.copyOf(blocks);
            subsections = List.copyOf(subsections);
        }
    }

    /** A paragraph or a table. */
    public sealed interface Block permits Paragraph, Table {}

    /**
     * A paragraph.
     *
     * @param parts its text, links and graphics
     */
    public record Paragraph(List<Inline> parts) implements Block {

        /** Copies the parts. */
        public Paragraph {
            parts = List.copyOf(parts);
        }
    }

    /**
     * A table with a header row.
     *
     * @param headers the column headers
     * @param rows each row's cells, each cell a list of parts
     */
    public record Table(List<String> headers, List<List<List<Inline>>> rows) implements Block {

        /** Copies the lists. */
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream()
                    .map(row -> row.stream().map(List::copyOf).toList())
                    .toList();
        }
    }

    /** Part of a paragraph or cell. */
    public sealed interface Inline permits Text, Link, Graphic {}

    /**
     * Text, shown as it is (escaped when rendered).
     *
     * @param text the text
     * @param strong whether it is emphasised, as verdicts are
     */
    public record Text(String text, boolean strong) implements Inline {}

    /**
     * A link.
     *
     * @param href where it points, relative to the page
     * @param text its text
     */
    public record Link(String href, String text) implements Inline {}

    /**
     * A small inline SVG drawing made by {@link Charts}, whose only text is escaped; with a description for readers
     * that cannot see it.
     *
     * @param svg the drawing
     * @param description what it shows, in words
     */
    public record Graphic(String svg, String description) implements Inline {}

    /** Builds a section. */
    static final class SectionBuilder {

        private final String title;
        private final String id;
        private final List<Block> blocks = new ArrayList<>();
        private final List<Section> subsections = new ArrayList<>();

        SectionBuilder(String title, String id) {
            this.title = title;
            this.id = id;
        }

        SectionBuilder paragraph(Inline... parts) {
            blocks.add(new Paragraph(List.of(parts)));
            return this;
        }

        SectionBuilder text(String text) {
            return paragraph(new Text(text, false));
        }

        SectionBuilder table(Table table) {
            if (!table.rows().isEmpty()) {
                blocks.add(table);
            }
            return this;
        }

        SectionBuilder subsection(Section section) {
            subsections.add(section);
            return this;
        }

        Section build() {
            return new Section(title, id, blocks, subsections);
        }
    }

    /** Builds a table, row by row. */
    static final class TableBuilder {

        private final List<String> headers;
        private final List<List<List<Inline>>> rows = new ArrayList<>();

        TableBuilder(String... headers) {
            this.headers = List.of(headers);
        }

        /** Adds a row of cells, each a String (plain text) or an Inline or a List of Inline; null is an empty cell. */
        TableBuilder row(Object... cells) {
            List<List<Inline>> row = new ArrayList<>();
            for (Object cell : cells) {
                row.add(cell(cell));
            }
            rows.add(row);
            return this;
        }

        Table build() {
            return new Table(headers, rows);
        }

        @SuppressWarnings("unchecked")
        private static List<Inline> cell(Object cell) {
            if (cell == null) {
                return List.of();
            }
            if (cell instanceof Inline inline) {
                return List.of(inline);
            }
            if (cell instanceof List<?> list) {
                return (List<Inline>) list;
            }
            return List.of(new Text(String.valueOf(cell), false));
        }
    }
}
