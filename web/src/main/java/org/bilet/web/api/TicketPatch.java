package org.bilet.web.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.bilet.platform.Problems;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketStatus;

/**
 * Reads a PATCH body (JSON merge patch style) into {@link TicketChanges}: a missing member leaves a
 * field alone, null clears it. Every problem in the body is reported at once.
 */
final class TicketPatch {

    private static final Set<String> KNOWN = Set.of("status", "resolution", "snoozeUntil", "priority", "category",
            "tags", "team", "assignee", "customFields");

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private TicketPatch() {
    }

    static TicketChanges parse(JsonObject body) {
        var problems = new Problems();
        body.keySet().stream().filter(key -> !KNOWN.contains(key)).sorted().forEach(key ->
                problems.add(key, "'" + Problem.shown(key) + "' cannot be changed here; you can change " + String.join(", ", KNOWN.stream().sorted().toList()) + "."));
        var status = text(body, "status", problems).map(s -> parseStatus(s, problems)).orElse(null);
        var resolution = text(body, "resolution", problems).orElse(null);
        var snoozeUntil = text(body, "snoozeUntil", problems).map(s -> parseInstant(s, problems)).orElse(null);
        var priority = text(body, "priority", problems).orElse(null);
        var changes = new TicketChanges(status, resolution, snoozeUntil, priority,
                clearable(body, "category", problems), tags(body, problems),
                clearable(body, "team", problems), clearable(body, "assignee", problems),
                customFields(body, problems));
        problems.throwIfAny();
        return changes;
    }

    private static Optional<String> text(JsonObject body, String key, Problems problems) {
        if (!body.containsKey(key) || body.isNull(key)) {
            return Optional.empty();
        }
        if (body.get(key) instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        problems.add(key, key + " must be a string.");
        return Optional.empty();
    }

    /** null: not in the patch; empty: clear it. */
    private static Optional<String> clearable(JsonObject body, String key, Problems problems) {
        if (!body.containsKey(key)) {
            return null;
        }
        return text(body, key, problems);
    }

    private static Set<String> tags(JsonObject body, Problems problems) {
        if (!body.containsKey("tags")) {
            return null;
        }
        if (body.isNull("tags")) {
            return Set.of();
        }
        if (body.get("tags").getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add("tags", "tags must be an array of strings.");
            return null;
        }
        var tags = new LinkedHashSet<String>();
        for (var value : body.getJsonArray("tags")) {
            if (value instanceof JsonString s) {
                tags.add(s.getString());
            } else {
                problems.add("tags", "tags must be an array of strings.");
                return null;
            }
        }
        return tags;
    }

    private static LinkedHashMap<String, String> customFields(JsonObject body, Problems problems) {
        if (!body.containsKey("customFields")) {
            return null;
        }
        if (body.get("customFields").getValueType() != JsonValue.ValueType.OBJECT) {
            problems.add("customFields", "customFields must be an object of field keys to values.");
            return null;
        }
        var values = new LinkedHashMap<String, String>();
        body.getJsonObject("customFields").forEach((key, value) -> {
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                values.put(key, null);
            } else {
                values.put(key, BodyBinding.scalarText(value).orElseGet(() -> {
                    problems.add("customFields." + key, "customFields." + key + " must be a string, a number, true or false.");
                    return null;
                }));
            }
        });
        return values;
    }

    private static TicketStatus parseStatus(String text, Problems problems) {
        var status = Choices.find(TicketStatus.class, text);
        if (status.isEmpty()) {
            problems.add("status", Choices.mustBeOneOf("status", TicketStatus.class));
        }
        return status.orElse(null);
    }

    /** A time as the API writes them, with a year of four digits (which is also what the database holds). */
    private static Instant parseInstant(String text, Problems problems) {
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            instant = null;
        }
        if (instant == null || instant.isAfter(LATEST)) {
            problems.add("snoozeUntil", "snoozeUntil must be a time like 2026-12-24T08:00:00Z.");
            return null;
        }
        return instant;
    }
}
