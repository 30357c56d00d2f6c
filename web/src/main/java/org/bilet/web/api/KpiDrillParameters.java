package org.bilet.web.api;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.InvalidInputException.FieldError;
import org.bilet.reports.kpi.KpiFigure;
import org.bilet.reports.kpi.KpiNarrowing;
import org.bilet.reports.kpi.KpiNarrowing.Dimension;

/**
 * What a drill-down lists beside the report's own parameters: the {@code figure}, optionally
 * narrowed to one {@code day} of the period or to one value ({@code key}) of a {@code dimension}
 * ({@code channel}, {@code category}, {@code priority}, {@code team}, {@code agent}, {@code tag}; an
 * empty key for a team or category is the bar of tickets without one), and the page ({@code first},
 * {@code size}). Malformed values get a 400 naming them; unknown keys are refused by the service.
 */
public class KpiDrillParameters {

    static final int DEFAULT_SIZE = 50;

    @QueryParam("figure")
    String figure;
    @QueryParam("day")
    String day;
    @QueryParam("dimension")
    String dimension;
    @QueryParam("key")
    String key;
    @QueryParam("first")
    String first;
    @QueryParam("size")
    String size;

    private KpiFigure chosen;
    private KpiNarrowing narrowing;

    KpiFigure figure() {
        read();
        return chosen;
    }

    /** Null when the whole figure is asked for. */
    KpiNarrowing narrowing() {
        read();
        return narrowing;
    }

    int first() {
        return blank(first) ? 0 : Math.max(0, QueryNumbers.parse("first", first));
    }

    int size() {
        return blank(size) ? DEFAULT_SIZE : Math.max(1, QueryNumbers.parse("size", size));
    }

    private void read() {
        if (chosen != null) {
            return;
        }
        var errors = new ArrayList<FieldError>();
        if (blank(figure)) {
            errors.add(new FieldError("figure", "figure is required: one of " + Choices.of(KpiFigure.class) + "."));
        } else {
            chosen = Choices.find(KpiFigure.class, figure).orElse(null);
            if (chosen == null) {
                errors.add(new FieldError("figure", "figure must be one of " + Choices.of(KpiFigure.class)
                        + ", not '" + Problem.shown(figure) + "'."));
            }
        }
        var dimensions = Arrays.stream(Dimension.values()).filter(d -> d != Dimension.DAY)
                .map(d -> d.name().toLowerCase(Locale.ROOT)).toList();
        if (!blank(day) && !blank(dimension)) {
            errors.add(new FieldError("day", "Narrow the figure to a day or to a dimension's key, not both."));
        } else if (!blank(day)) {
            narrowing = new KpiNarrowing(Dimension.DAY, day.strip());
        } else if (!blank(dimension)) {
            var named = dimension.strip().toLowerCase(Locale.ROOT);
            if (dimensions.contains(named)) {
                narrowing = new KpiNarrowing(Dimension.valueOf(named.toUpperCase(Locale.ROOT)), blank(key) ? null : key.strip());
            } else {
                errors.add(new FieldError("dimension", "dimension must be one of " + dimensions + ", not '" + Problem.shown(dimension) + "'."));
            }
        } else if (!blank(key)) {
            errors.add(new FieldError("dimension", "Say which dimension the key '" + Problem.shown(key) + "' is of: " + dimensions + "."));
        }
        if (!errors.isEmpty()) {
            chosen = null;
            throw new InvalidInputException(errors);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
