package org.bilet.web.reports;

import static org.bilet.platform.SharedJson.JSON;

import static org.bilet.web.session.Texts.text;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;
import org.bilet.reports.kpi.KpiReport;

/**
 * The dashboard's charts as Chart.js configurations ({@code p:chart} takes them as JSON): volume
 * over time with the backlog, the resolution times' distribution, breaches by team, CSAT scores,
 * and the created tickets split by channel, category, priority and team (bars across, most first).
 */
public final class DashboardCharts {

    private static final String CREATED = "#3b82f6";
    private static final String RESOLVED = "#22c55e";
    private static final String BACKLOG = "#f59e0b";
    private static final String BREACHED = "#ef4444";

    private final KpiReport report;

    DashboardCharts(KpiReport report) {
        this.report = report;
    }

    public String getVolume() {
        var days = report.volume().days();
        return config("bar", labels(days, d -> d.day().toString()), JSON.createArrayBuilder()
                .add(dataset(text("dashboard.created"), CREATED, numbers(days, KpiReport.Day::created)))
                .add(dataset(text("dashboard.resolved"), RESOLVED, numbers(days, KpiReport.Day::resolved)))
                .add(dataset(text("dashboard.backlog"), BACKLOG, numbers(days, KpiReport.Day::backlog))
                        .add("type", "line").add("fill", false).add("tension", 0.2)));
    }

    public String getResolution() {
        var buckets = report.resolution().distribution();
        return config("bar", labels(buckets, DashboardCharts::bucket), JSON.createArrayBuilder()
                .add(dataset(text("dashboard.tickets"), RESOLVED, numbers(buckets, KpiReport.Bucket::count))));
    }

    public String getBreaches() {
        var teams = report.sla().byTeam();
        return config("bar", labels(teams, b -> b.name() == null ? text("dashboard.noTeam") : b.name()), JSON.createArrayBuilder()
                .add(dataset(text("dashboard.measured"), CREATED, numbers(teams, KpiReport.Breaches::measured)))
                .add(dataset(text("dashboard.breached"), BREACHED, numbers(teams, KpiReport.Breaches::breached))));
    }

    public String getCsat() {
        var scores = report.csat().scores();
        var labels = JSON.createArrayBuilder();
        for (int score = 1; score <= 5; score++) {
            labels.add(String.valueOf(score));
        }
        var data = JSON.createArrayBuilder();
        scores.forEach(data::add);
        return config("bar", labels, JSON.createArrayBuilder().add(dataset(text("dashboard.answers"), RESOLVED, data)));
    }

    public String getByChannel() {
        var channels = report.volume().byChannel().stream()
                .map(c -> new KpiReport.Count(c.key(), text("channel." + c.key()), c.count())).toList();
        return split(channels, null);
    }

    public String getByCategory() {
        return split(report.volume().byCategory(), "dashboard.noCategory");
    }

    public String getByPriority() {
        return split(report.volume().byPriority(), null);
    }

    public String getByTeam() {
        return split(report.volume().byTeam(), "dashboard.noTeam");
    }

    /** Bars across, so that long names stay readable; one series, no legend; {@code none} names the bar without a value. */
    private static String split(List<KpiReport.Count> counts, String none) {
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels(counts, c -> c.name() != null ? c.name() : none == null ? "–" : text(none)))
                        .add("datasets", JSON.createArrayBuilder()
                                .add(dataset(text("dashboard.created"), CREATED, numbers(counts, KpiReport.Count::count)))))
                .add("options", JSON.createObjectBuilder()
                        .add("indexAxis", "y").add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                        .add("scales", JSON.createObjectBuilder().add("x", JSON.createObjectBuilder().add("beginAtZero", true)))
                        .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    private static String bucket(KpiReport.Bucket b) {
        return b.toHours() == null ? "≥ " + hours(b.fromHours()) : hours(b.fromHours()) + "–" + hours(b.toHours());
    }

    private static String hours(double hours) {
        return hours >= 24 ? Math.round(hours / 24) + " d" : Math.round(hours) + " h";
    }

    private static String config(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        return JSON.createObjectBuilder()
                .add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder()
                        .add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", JSON.createObjectBuilder().add("y", JSON.createObjectBuilder().add("beginAtZero", true)))
                        .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, String color, JsonArrayBuilder data) {
        return JSON.createObjectBuilder().add("label", label).add("backgroundColor", color).add("borderColor", color).add("data", data);
    }

    private static <T> JsonArrayBuilder labels(List<T> items, Function<T, String> label) {
        var labels = JSON.createArrayBuilder();
        items.forEach(item -> labels.add(label.apply(item)));
        return labels;
    }

    private static <T> JsonArrayBuilder numbers(List<T> items, Function<T, Long> number) {
        var numbers = JSON.createArrayBuilder();
        items.forEach(item -> numbers.add(number.apply(item)));
        return numbers;
    }
}
