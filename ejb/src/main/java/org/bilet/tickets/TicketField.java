package org.bilet.tickets;

import java.util.Arrays;
import java.util.Objects;

/**
 * A field of a ticket as history and events name it: one of the standard fields, or a custom field
 * by its key. History stores {@link #storedName()} ("status", "custom.&lt;key&gt;"); everything
 * else (the ticket recording its changes, screens describing them, observers of changes) uses
 * this type, so the names are written once.
 */
public record TicketField(Standard standard, String customKey) {

    /** The fields every ticket has, by the name history stores. */
    public enum Standard {
        STATUS("status", ValueType.STATUS),
        RESOLUTION("resolution", ValueType.TEXT),
        SNOOZED_UNTIL("snoozedUntil", ValueType.TIME),
        PRIORITY("priority", ValueType.TEXT),
        DUE_AT("dueAt", ValueType.TIME),
        CATEGORY("category", ValueType.TEXT),
        TEAM("team", ValueType.TEXT),
        ASSIGNEE("assignee", ValueType.TEXT),
        TAGS("tags", ValueType.TEXT),
        ATTACHMENT("attachment", ValueType.TEXT),
        /** The SLA policy whose promises the ticket is under, by key. */
        SLA_POLICY("slaPolicy", ValueType.TEXT),
        /** How a promise stands ({@code org.bilet.sla.SlaState} names), recorded when it warns or is breached. */
        FIRST_RESPONSE_SLA("slaFirstResponse", ValueType.TEXT),
        NEXT_RESPONSE_SLA("slaNextResponse", ValueType.TEXT),
        RESOLUTION_SLA("slaResolution", ValueType.TEXT),
        /** An automation rule fired ("name (key)"), recorded by Bilet before the changes it made. */
        RULE("rule", ValueType.TEXT),
        /** A phone call was logged; the value says which ("inbound, +48…, 3:12"). */
        CALL("call", ValueType.TEXT),
        /** A chat transcript was logged; the value is its reference, if any. */
        CHAT("chat", ValueType.TEXT),
        /** The ticket was merged into another one (its number); the source's own history says so. */
        MERGED_INTO("mergedInto", ValueType.TEXT),
        /** Another ticket was merged into this one: its number, messages and files moved. */
        MERGED_FROM("mergedFrom", ValueType.TEXT),
        /** This ticket was split off another one (its number and the message). */
        SPLIT_FROM("splitFrom", ValueType.TEXT),
        /** A message of this ticket was split into a new ticket (its number). */
        SPLIT_INTO("splitInto", ValueType.TEXT),
        /** A link to another ticket, as "KIND BIL-000123" from this ticket's side; old value: removed. */
        LINK("link", ValueType.LINK),
        /** A watcher (username) was added (new value) or removed (old value). */
        WATCHER("watcher", ValueType.TEXT),
        /** People mentioned in an internal note (usernames); as internal as the note. */
        MENTIONED("mentioned", ValueType.TEXT),
        /** A custom field, whose key follows the prefix. */
        CUSTOM("custom.", ValueType.TEXT);

        private final String storedName;
        private final ValueType valueType;

        Standard(String storedName, ValueType valueType) {
            this.storedName = storedName;
            this.valueType = valueType;
        }
    }

    /** How the old and new values of a field are written in history. */
    public enum ValueType {
        /** A {@link TicketStatus} name. */
        STATUS,
        /** An ISO-8601 instant. */
        TIME,
        TEXT,
        /** A link's kind and the linked ticket's number: "DUPLICATE_OF BIL-000123" (see {@code TicketLinkKind}). */
        LINK
    }

    public static final TicketField STATUS = new TicketField(Standard.STATUS, null);
    public static final TicketField RESOLUTION = new TicketField(Standard.RESOLUTION, null);
    public static final TicketField SNOOZED_UNTIL = new TicketField(Standard.SNOOZED_UNTIL, null);
    public static final TicketField PRIORITY = new TicketField(Standard.PRIORITY, null);
    public static final TicketField DUE_AT = new TicketField(Standard.DUE_AT, null);
    public static final TicketField CATEGORY = new TicketField(Standard.CATEGORY, null);
    public static final TicketField TEAM = new TicketField(Standard.TEAM, null);
    public static final TicketField ASSIGNEE = new TicketField(Standard.ASSIGNEE, null);
    public static final TicketField TAGS = new TicketField(Standard.TAGS, null);
    public static final TicketField ATTACHMENT = new TicketField(Standard.ATTACHMENT, null);
    public static final TicketField SLA_POLICY = new TicketField(Standard.SLA_POLICY, null);
    public static final TicketField FIRST_RESPONSE_SLA = new TicketField(Standard.FIRST_RESPONSE_SLA, null);
    public static final TicketField NEXT_RESPONSE_SLA = new TicketField(Standard.NEXT_RESPONSE_SLA, null);
    public static final TicketField RESOLUTION_SLA = new TicketField(Standard.RESOLUTION_SLA, null);
    public static final TicketField RULE = new TicketField(Standard.RULE, null);
    public static final TicketField CALL = new TicketField(Standard.CALL, null);
    public static final TicketField CHAT = new TicketField(Standard.CHAT, null);
    public static final TicketField MERGED_INTO = new TicketField(Standard.MERGED_INTO, null);
    public static final TicketField MERGED_FROM = new TicketField(Standard.MERGED_FROM, null);
    public static final TicketField SPLIT_FROM = new TicketField(Standard.SPLIT_FROM, null);
    public static final TicketField SPLIT_INTO = new TicketField(Standard.SPLIT_INTO, null);
    public static final TicketField LINK = new TicketField(Standard.LINK, null);
    public static final TicketField WATCHER = new TicketField(Standard.WATCHER, null);
    public static final TicketField MENTIONED = new TicketField(Standard.MENTIONED, null);

    /** The longest stored name: "custom." and a key of 60 characters (ticket_event.field). */
    public static final int MAX_STORED_LENGTH = 80;

    public TicketField {
        Objects.requireNonNull(standard);
        if ((standard == Standard.CUSTOM) != (customKey != null)) {
            throw new IllegalArgumentException("a custom field, and only a custom field, has a key");
        }
    }

    public static TicketField custom(String key) {
        return new TicketField(Standard.CUSTOM, Objects.requireNonNull(key));
    }

    /** The field a stored name names. */
    public static TicketField of(String storedName) {
        if (storedName.startsWith(Standard.CUSTOM.storedName)) {
            return custom(storedName.substring(Standard.CUSTOM.storedName.length()));
        }
        return Arrays.stream(Standard.values())
                .filter(s -> s != Standard.CUSTOM && s.storedName.equals(storedName))
                .findFirst()
                .map(s -> new TicketField(s, null))
                .orElseThrow(() -> new IllegalArgumentException("no ticket field is stored as '" + storedName + "'"));
    }

    public String storedName() {
        return isCustom() ? Standard.CUSTOM.storedName + customKey : standard.storedName;
    }

    public boolean isCustom() {
        return standard == Standard.CUSTOM;
    }

    public ValueType valueType() {
        return standard.valueType;
    }

    @Override
    public String toString() {
        return storedName();
    }
}
