package org.bilet.web.desk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilet.catalog.Catalog;
import org.bilet.tickets.TicketDetails;
import org.bilet.web.session.Texts;

/**
 * The ticket fields an agent edits on the ticket screen, by key: {@code status}, {@code snooze},
 * {@code priority}, {@code category}, {@code tags}, {@code team}, {@code assignee} and
 * {@code custom.<key>}. What is compared when the ticket changed meanwhile, and how a message names them.
 */
final class TicketFields {

    static final String STATUS = "status";
    static final String SNOOZE = "snooze";
    static final String PRIORITY = "priority";
    static final String CATEGORY = "category";
    static final String TAGS = "tags";
    static final String TEAM = "team";
    static final String ASSIGNEE = "assignee";
    static final String CUSTOM = "custom.";
    private static final List<String> PLAIN = List.of(STATUS, SNOOZE, PRIORITY, CATEGORY, TAGS, TEAM, ASSIGNEE);

    private TicketFields() {
    }

    /** The fields whose saved values differ between two states of a ticket. */
    static Set<String> changedBetween(TicketDetails before, TicketDetails after) {
        var keys = new LinkedHashSet<>(before.customFields().keySet());
        keys.addAll(after.customFields().keySet());
        var fields = new ArrayList<>(PLAIN);
        keys.forEach(key -> fields.add(CUSTOM + key));
        return fields.stream().filter(field -> !Objects.equals(valueOf(before, field), valueOf(after, field)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A field's saved value, comparable with another state's and with a form's. */
    static Object valueOf(TicketDetails ticket, String field) {
        return switch (field) {
            case STATUS -> ticket.status();
            case SNOOZE -> ticket.snoozedUntil();
            case PRIORITY -> ticket.priority();
            case CATEGORY -> ticket.category();
            case TAGS -> new HashSet<>(ticket.tags());
            case TEAM -> ticket.team();
            case ASSIGNEE -> ticket.assignee() == null ? null : ticket.assignee().username();
            default -> ticket.customFields().get(customKey(field));
        };
    }

    static String customKey(String field) {
        return field.substring(CUSTOM.length());
    }

    /** The fields' names as the screen labels them, in the reader's language. */
    static String names(Set<String> fields, List<Catalog.CustomFieldInfo> customFields) {
        return fields.stream().map(field -> switch (field) {
            case STATUS -> Texts.text("ticket.status");
            case SNOOZE -> Texts.text("ticket.snoozeUntil");
            case PRIORITY -> Texts.text("ticket.priority");
            case CATEGORY -> Texts.text("ticket.category");
            case TAGS -> Texts.text("ticket.tags");
            case TEAM -> Texts.text("ticket.team");
            case ASSIGNEE -> Texts.text("ticket.assignee");
            default -> customFields.stream().filter(f -> f.key().equals(customKey(field)))
                    .map(Catalog.CustomFieldInfo::label).findFirst().orElse(customKey(field));
        }).collect(Collectors.joining(", "));
    }
}
