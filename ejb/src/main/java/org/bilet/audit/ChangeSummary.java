package org.bilet.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The human-readable part of an audit entry: "name: Printers → Printing; team: none → it-infra".
 * Only what differs is listed, so an edit that changes nothing says so by being empty.
 */
public final class ChangeSummary {

    private static final String NONE = "none";

    private final List<String> parts = new ArrayList<>();

    public static ChangeSummary of() {
        return new ChangeSummary();
    }

    /** Records "what: before → after" when the two differ. */
    public ChangeSummary change(String what, Object before, Object after) {
        if (!Objects.equals(normalize(before), normalize(after))) {
            parts.add(what + ": " + show(before) + " → " + show(after));
        }
        return this;
    }

    /** Records the value a new thing starts with: "what: value". */
    public ChangeSummary value(String what, Object value) {
        parts.add(what + ": " + show(value));
        return this;
    }

    /** Records a remark, such as "password generated". */
    public ChangeSummary note(String text) {
        parts.add(Objects.requireNonNull(text));
        return this;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    @Override
    public String toString() {
        return String.join("; ", parts);
    }

    /** Collections compare as sorted text, so that order alone is no change. */
    private static Object normalize(Object value) {
        return value instanceof Collection<?> collection ? show(collection) : value;
    }

    private static String show(Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty() ? NONE
                    : collection.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        var text = value.toString();
        return text.isBlank() ? NONE : text;
    }
}
