package org.bilet.web.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.bilet.tickets.HistoryEntry;
import org.bilet.tickets.TicketField;
import org.bilet.web.session.Formats;
import org.bilet.web.session.ShownNames;
import org.bilet.web.session.Texts;

/** History events as sentences in the reader's language: "Priority: Normal → High". */
@Named("events")
@RequestScoped
public class EventTexts {

    @Inject
    Formats formats;

    @Inject
    ShownNames names;

    public String describe(HistoryEntry event) {
        return switch (event.kind()) {
            case CREATED -> Texts.text("event.created");
            case ATTACHED -> Texts.text("event.attached", event.newValue());
            case CONTACT -> Texts.text("event." + event.field(), event.newValue());
            case CHANGED -> {
                var field = event.changedField();
                yield Texts.text("event.changed", fieldName(field), value(field, event.oldValue()), value(field, event.newValue()));
            }
        };
    }

    /** A custom field by its label, the standard ones by their name, in the reader's language ("field.dueAt"). */
    private String fieldName(TicketField field) {
        return field.isCustom() ? names.field(field.customKey()) : Texts.text("field." + field.storedName());
    }

    private String value(TicketField field, String value) {
        if (value == null || value.isBlank()) {
            return "—";
        }
        return switch (field.valueType()) {
            case STATUS -> Texts.text("status." + value);
            case TIME -> instant(value);
            case TEXT -> named(field, value);
            case LINK -> link(value);
        };
    }

    /** History stores codes, keys and choices; the reader sees their names (the value itself for what no longer exists). */
    private String named(TicketField field, String value) {
        if (field.isCustom()) {
            return names.choice(field.customKey(), value);
        }
        if (field.equals(TicketField.PRIORITY)) {
            return names.priority(value);
        }
        return field.equals(TicketField.CATEGORY) ? names.categoryPath(value) : value;
    }

    /** "DUPLICATE_OF BIL-000123" as "duplicate of BIL-000123" in the reader's language. */
    private static String link(String value) {
        var space = value.indexOf(' ');
        return space < 0 ? value : Texts.text("link." + value.substring(0, space), value.substring(space + 1));
    }

    private String instant(String value) {
        try {
            return formats.dateTime(Instant.parse(value));
        } catch (DateTimeParseException notAnInstant) {
            return value;
        }
    }
}
