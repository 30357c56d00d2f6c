package org.bilet.reports.kpi;

import java.util.Objects;

/**
 * What a drill-down adds to a {@link KpiFigure}: one value of a dimension the report splits by (a
 * bar of a chart, a row of a table), or one day of the period. It adds one condition, so the list
 * counts exactly what the bar or the row shows (conditions in {@code docs/kpi.md}).
 *
 * @param key the value's key as the API names it (a team's or category's key, a priority's code, a
 *            channel, an agent's username, a tag, or a day {@code YYYY-MM-DD}); null for the bar of
 *            tickets without a team or a category
 */
public record KpiNarrowing(Dimension dimension, String key) {

    /** The dimensions a figure can be narrowed by. */
    public enum Dimension {
        /** The local day, in the filter's zone, of the figure's moment: a bar of the volume chart. */
        DAY,
        CHANNEL,
        /** The ticket's own category, as the split counts it (not its subcategories, which have bars of their own). */
        CATEGORY,
        PRIORITY,
        TEAM,
        /** The assignee, by username: an agent's row. */
        AGENT,
        TAG
    }

    public KpiNarrowing {
        Objects.requireNonNull(dimension, "dimension");
    }

    public static KpiNarrowing day(java.time.LocalDate day) {
        return new KpiNarrowing(Dimension.DAY, day.toString());
    }
}
