package io.github.mlgate.maven;

import io.github.mlgate.report.ReportPage;
import io.github.mlgate.report.ReportPage.Block;
import io.github.mlgate.report.ReportPage.Graphic;
import io.github.mlgate.report.ReportPage.Inline;
import io.github.mlgate.report.ReportPage.Link;
import io.github.mlgate.report.ReportPage.Paragraph;
import io.github.mlgate.report.ReportPage.Section;
import io.github.mlgate.report.ReportPage.Table;
import io.github.mlgate.report.ReportPage.Text;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * Renders a {@link ReportPage} through a Doxia sink, which escapes every text it is given: values from user data
 * reach the page only as text. The one exception is the SVG drawings, which the engine builds from numbers and
 * escaped titles alone.
 */
final class DoxiaPage extends AbstractMavenReportRenderer {

    private final ReportPage page;

    DoxiaPage(Sink sink, ReportPage page) {
        super(sink);
        this.page = page;
    }

    @Override
    public String getTitle() {
        return page.title();
    }

    @Override
    protected void renderBody() {
        for (Section section : page.sections()) {
            render(section);
        }
    }

    private void render(Section section) {
        startSection(section.title(), section.id());
        for (Block block : section.blocks()) {
            if (block instanceof Paragraph paragraph) {
                sink.paragraph();
                inline(paragraph.parts());
                sink.paragraph_();
            } else if (block instanceof Table table) {
                table(table);
            }
        }
        for (Section subsection : section.subsections()) {
            render(subsection);
        }
        endSection();
    }

    private void table(Table table) {
        sink.table();
        sink.tableRows(null, false);
        sink.tableRow();
        for (String header : table.headers()) {
            sink.tableHeaderCell();
            sink.text(header);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
        for (List<List<Inline>> row : table.rows()) {
            sink.tableRow();
            for (List<Inline> cell : row) {
                sink.tableCell();
                inline(cell);
                sink.tableCell_();
            }
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    private void inline(List<Inline> parts) {
        for (Inline part : parts) {
            if (part instanceof Text text) {
                if (text.strong()) {
                    sink.bold();
                    sink.text(text.text());
                    sink.bold_();
                } else {
                    sink.text(text.text());
                }
            } else if (part instanceof Link link) {
                sink.link(link.href());
                sink.text(link.text());
                sink.link_();
            } else if (part instanceof Graphic graphic) {
                // Built by the engine from numbers and an escaped title; never from raw user text.
                sink.rawText(graphic.svg());
            }
        }
    }
}
