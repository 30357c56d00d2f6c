package org.bilet.web.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.bilet.names.DisplayNames;
import org.bilet.names.NameKeys;
import org.bilet.tickets.HistoryEntry;
import org.bilet.tickets.TicketEvent;
import org.bilet.tickets.TicketField;
import org.bilet.web.session.Formats;
import org.bilet.web.session.ShownNames;
import org.bilet.web.session.Texts;

/**
 * History events as sentences in the reader's language: "Priority: Normal → High", "Team: — →
 * IT infrastructure". History keeps keys (a team's key, a username); the sentence shows the names a
 * page looked up at once ({@link #keysOf}), so a long history costs one query per kind, not per row.
 * What administrators name in every language (priorities, categories, custom fields and their
 * choices) comes translated from {@link ShownNames}, read once per request.
 */
@Named("events")
@RequestScoped
public class EventTexts {

    @Inject
    Formats formats;

    @Inject
    ShownNames shown;

    /** The keys the events mention, to look their names up in one go. */
    public static NameKeys keysOf(Collection<HistoryEntry> events) {
        var keys = new NameKeys();
        for (var event : events) {
            if (event.kind() != TicketEvent.Kind.CHANGED || event.field() == null) {
                continue;
            }
            var field = event.changedField();
            if (field.isCustom()) {
                continue;
            }
            for (var value : new String[] {event.oldValue(), event.newValue()}) {
                switch (field.standard()) {
                    case TEAM -> keys.team(value);
                    case ASSIGNEE, WATCHER -> keys.user(value);
                    case MENTIONED -> usernames(value).forEach(keys::user);
                    case SLA_POLICY -> keys.slaPolicy(value);
                    default -> {
                    }
                }
            }
        }
        return keys;
    }

    public String describe(HistoryEntry event, DisplayNames names) {
        var known = names == null ? DisplayNames.NONE : names;
        return switch (event.kind()) {
            case CREATED -> Texts.text("event.created");
            case ATTACHED -> Texts.text("event.attached", event.newValue());
            case CONTACT -> Texts.text("event." + event.field(), event.newValue());
            case CHANGED -> {
                var field = event.changedField();
                yield Texts.text("event.changed", fieldName(field, known), value(field, event.oldValue(), known),
                        value(field, event.newValue(), known));
            }
        };
    }

    /** A custom field by its label; the standard ones by their name in the reader's language ("field.dueAt"). */
    private String fieldName(TicketField field, DisplayNames names) {
        return field.isCustom() ? shown.field(field.customKey()) : Texts.text("field." + field.storedName());
    }

    private String value(TicketField field, String value, DisplayNames names) {
        if (value == null || value.isBlank()) {
            return "—";
        }
        if (field.isCustom()) {
            return shown.choice(field.customKey(), value);
        }
        switch (field.standard()) {
            case TEAM:
                return names.team(value);
            case ASSIGNEE:
            case WATCHER:
                return names.user(value);
            case MENTIONED:
                return usernames(value).stream().map(names::user).collect(Collectors.joining(", "));
            case CATEGORY:
                return shown.categoryPath(value);
            case PRIORITY:
                return shown.priority(value);
            case SLA_POLICY:
                return names.slaPolicy(value);
            case FIRST_RESPONSE_SLA:
            case NEXT_RESPONSE_SLA:
            case RESOLUTION_SLA:
                return Texts.text("sla.state." + value);
            default:
                break;
        }
        return switch (field.valueType()) {
            case STATUS -> Texts.text("status." + value);
            case TIME -> instant(value);
            case TEXT -> value;
            case LINK -> link(value);
        };
    }

    private static List<String> usernames(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
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
