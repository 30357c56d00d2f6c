package org.bilet.reports.documents;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A report's figures already formatted for its reader (counts, shares, hours, dates), by name; what
 * the templates print as {@code $P{F}.get("created")}. A name nobody set reads as a dash, so a
 * template never prints {@code null}.
 */
public final class Figures {

    private final Map<String, String> values = new LinkedHashMap<>();

    Figures put(String name, String value) {
        values.put(name, value);
        return this;
    }

    /** The formatted figure, or a dash. */
    public String get(String name) {
        var value = values.get(name);
        return value == null ? ReportLabels.NONE : value;
    }

    /** Whether the figure was set and is not a dash: templates hide what was not measured. */
    public boolean has(String name) {
        var value = values.get(name);
        return value != null && !value.isEmpty() && !ReportLabels.NONE.equals(value);
    }

    Map<String, String> asMap() {
        return Map.copyOf(values);
    }
}
