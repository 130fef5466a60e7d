package io.github.mlgate.report;

import io.github.mlgate.deployment.ServingSummary;
import io.github.mlgate.evaluation.Criteria;
import io.github.mlgate.gate.GateResult;
import io.github.mlgate.gate.Numbers;
import io.github.mlgate.report.ReportPage.Section;
import io.github.mlgate.report.ReportPage.SectionBuilder;
import io.github.mlgate.report.ReportPage.TableBuilder;
import java.util.Locale;

/** The deployment stage: the model as it will be served, its contract, parity with the evaluation, and latency. */
final class DeploymentSection {

    private final ReportText text;

    DeploymentSection(ReportText text) {
        this.text = text;
    }

    Section build(GateResult result) {
        SectionBuilder section = new SectionBuilder(text.get("deployment.title"), "deploy");
        if (LifecycleReport.notRun(text, section, result)) {
            return section.build();
        }
        ServingSummary serving = result.section(ServingSummary.KEY, ServingSummary.class);
        if (serving == null) {
            return section.build();
        }
        section.text(text.get(
                "deployment.model",
                serving.model(),
                String.format(Locale.ROOT, "%.3f", serving.sizeMb()),
                serving.runtime(),
                serving.sha256()));
        TableBuilder contract = new TableBuilder(
                text.get("deployment.port"), text.get("deployment.direction"), text.get("deployment.signature"));
        serving.inputs().forEach(port -> contract.row(name(port), text.get("deployment.input"), signature(port)));
        serving.outputs().forEach(port -> contract.row(name(port), text.get("deployment.output"), signature(port)));
        section.subsection(new SectionBuilder(text.get("deployment.contract"), "deploy-contract")
                .table(contract.build())
                .build());
        ServingSummary.Parity parity = serving.parity();
        if (parity != null) {
            section.subsection(new SectionBuilder(text.get("deployment.parity"), "deploy-parity")
                    .text(text.get(
                            parity.mismatches() == 0 ? "deployment.parity.held" : "deployment.parity.broken",
                            parity.rows(),
                            parity.evidence(),
                            parity.joinedBy(),
                            Numbers.probability(parity.maxDifference()),
                            Numbers.bound(parity.tolerance()),
                            parity.mismatches()))
                    .build());
        }
        ServingSummary.Latency latency = serving.latency();
        if (latency != null) {
            TableBuilder table = new TableBuilder(
                    text.get("deployment.scoring"),
                    text.get("deployment.p50"),
                    text.get("deployment.p95"),
                    text.get("deployment.p99"),
                    text.get("deployment.mean"),
                    text.get("deployment.throughput"));
            table.row(
                    text.get("deployment.oneRow", latency.singleRowRuns()),
                    Numbers.format(latency.singleRowP50()),
                    withInterval(latency.singleRowP95(), latency.singleRowP95Interval()),
                    Numbers.format(latency.singleRowP99()),
                    Numbers.format(latency.singleRowMean()),
                    "");
            table.row(
                    text.get("deployment.batch", latency.batchRows(), latency.batchRuns()),
                    Numbers.format(latency.batchP50()),
                    withInterval(latency.batchP95(), latency.batchP95Interval()),
                    Numbers.format(latency.batchP99()),
                    Numbers.format(latency.batchMean()),
                    String.format(Locale.ROOT, "%,.0f", latency.rowsPerSecond()));
            section.subsection(new SectionBuilder(text.get("deployment.latency"), "deploy-latency")
                    .text(text.get("deployment.latency.note"))
                    .table(table.build())
                    .build());
        }
        Criteria criteria = result.section(Criteria.KEY, Criteria.class);
        if (criteria != null && latency != null) {
            section.subsection(criteria(criteria, serving));
        }
        return section.build();
    }

    /** The scope's criteria the deploy gate judged on the served model's figures. */
    private Section criteria(Criteria criteria, ServingSummary serving) {
        TableBuilder table = new TableBuilder(
                text.get("evaluation.criterion"), text.get("evaluation.value"), text.get("evaluation.verdict"));
        for (Criteria.Entry entry : criteria.entries()) {
            table.row(
                    entry.criterion(),
                    entry.value() == null ? "" : Numbers.format(entry.value()),
                    new ReportPage.Text(text.get("verdict." + entry.verdict()), true));
        }
        String mode = "online".equals(serving.mode())
                ? text.get("deployment.mode.online")
                : text.get("deployment.mode.batch", serving.latency().batchRows());
        return new SectionBuilder(text.get("deployment.criteria"), "deploy-criteria")
                .text(text.get("deployment.criteria.note", mode))
                .table(table.build())
                .build();
    }

    /** The port's name, from {@code name: tensor(type)[dims]}. */
    private static String name(String port) {
        int colon = port.indexOf(": ");
        return colon < 0 ? port : port.substring(0, colon);
    }

    private static String signature(String port) {
        int colon = port.indexOf(": ");
        return colon < 0 ? "" : port.substring(colon + 2);
    }

    /** A percentile and its interval, in the table's milliseconds: {@code 5.184 (4.954&ndash;6.209)}. */
    private static String withInterval(double percentile, java.util.List<Double> interval) {
        return Numbers.format(percentile) + " (" + Numbers.format(interval.get(0)) + "\u2013"
                + Numbers.format(interval.get(1)) + ")";
    }
}
