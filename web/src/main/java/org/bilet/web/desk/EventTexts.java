package org.bilet.web.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.bilet.tickets.HistoryEntry;
import org.bilet.web.session.Formats;
import org.bilet.web.session.Texts;

/** History events as sentences in the reader's language: "Priority: Normal → High". */
@Named("events")
@RequestScoped
public class EventTexts {

    @Inject
    Formats formats;

    public String describe(HistoryEntry event) {
        return switch (event.kind()) {
            case CREATED -> Texts.text("event.created");
            case ATTACHED -> Texts.text("event.attached", event.newValue());
            case CHANGED -> Texts.text("event.changed", fieldName(event.field()),
                    value(event.field(), event.oldValue()), value(event.field(), event.newValue()));
        };
    }

    private static String fieldName(String field) {
        return field.startsWith("custom.") ? field.substring("custom.".length()) : Texts.text("field." + field);
    }

    private String value(String field, String value) {
        if (value == null || value.isBlank()) {
            return "—";
        }
        return switch (field) {
            case "status" -> Texts.text("status." + value);
            case "dueAt", "snoozedUntil" -> instant(value);
            default -> value;
        };
    }

    private String instant(String value) {
        try {
            return formats.dateTime(Instant.parse(value));
        } catch (DateTimeParseException notAnInstant) {
            return value;
        }
    }
}
