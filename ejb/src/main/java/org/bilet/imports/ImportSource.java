package org.bilet.imports;

import static org.bilet.imports.Field.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bilet.tickets.TicketStatus;

/**
 * The help desks Bilet imports from, and how each one's CSV exports map to Bilet: the header names
 * of every {@link Field} (matched ignoring case, spaces, dashes and underscores; the first name is
 * the one the source writes, the others aliases), its statuses, priorities, the active flag of a
 * user and the internal flag of a message. README.md ("Importing from Request Tracker, osTicket or
 * Zammad") shows these tables; keep both in step.
 */
public enum ImportSource {

    RT("Request Tracker",
            Map.ofEntries(
                    Map.entry(USER_EMAIL, List.of("EmailAddress", "Email")),
                    Map.entry(USER_LOGIN, List.of("Name", "Login", "id")),
                    Map.entry(USER_NAME, List.of("RealName")),
                    Map.entry(USER_ORGANIZATION, List.of("Organization")),
                    Map.entry(USER_ACTIVE, List.of("Disabled")),
                    Map.entry(TICKET_ID, List.of("id", "Ticket", "TicketId")),
                    Map.entry(TICKET_SUBJECT, List.of("Subject")),
                    Map.entry(TICKET_STATUS, List.of("Status")),
                    Map.entry(TICKET_PRIORITY, List.of("Priority", "PriorityAsString")),
                    Map.entry(TICKET_QUEUE, List.of("Queue", "QueueName")),
                    Map.entry(TICKET_REQUESTER, List.of("Requestors", "Requestor", "RequestorAddresses")),
                    Map.entry(TICKET_OWNER, List.of("Owner", "OwnerName")),
                    Map.entry(TICKET_CREATED, List.of("Created")),
                    Map.entry(TICKET_UPDATED, List.of("LastUpdated")),
                    Map.entry(TICKET_RESOLVED, List.of("Resolved")),
                    Map.entry(MESSAGE_TICKET, List.of("Ticket", "ObjectId", "TicketId")),
                    Map.entry(MESSAGE_ID, List.of("Transaction", "TransactionId", "id")),
                    Map.entry(MESSAGE_CREATED, List.of("Created")),
                    Map.entry(MESSAGE_AUTHOR, List.of("CreatorEmail", "Creator")),
                    Map.entry(MESSAGE_BODY, List.of("Content")),
                    Map.entry(MESSAGE_VISIBILITY, List.of("Type"))),
            Map.of("new", TicketStatus.NEW, "open", TicketStatus.OPEN, "stalled", TicketStatus.ON_HOLD,
                    "resolved", TicketStatus.RESOLVED, "rejected", TicketStatus.CLOSED),
            Map.of("low", "LOW", "medium", "NORMAL", "normal", "NORMAL", "high", "HIGH", "urgent", "URGENT",
                    "critical", "URGENT"),
            Map.of("0", true, "1", false, "false", true, "true", false, "", true),
            Map.of("comment", true, "correspond", false, "create", false, "", false)),

    OSTICKET("osTicket",
            Map.ofEntries(
                    Map.entry(USER_EMAIL, List.of("Email", "Email Address")),
                    Map.entry(USER_NAME, List.of("Name", "Full Name")),
                    Map.entry(USER_ORGANIZATION, List.of("Organization")),
                    Map.entry(USER_ACTIVE, List.of("Status")),
                    Map.entry(TICKET_ID, List.of("Ticket Number", "Number", "Ticket")),
                    Map.entry(TICKET_SUBJECT, List.of("Subject")),
                    Map.entry(TICKET_STATUS, List.of("Current Status", "Status")),
                    Map.entry(TICKET_PRIORITY, List.of("Priority")),
                    Map.entry(TICKET_QUEUE, List.of("Department", "Help Topic")),
                    Map.entry(TICKET_REQUESTER, List.of("From Email", "User Email", "Email")),
                    Map.entry(TICKET_OWNER, List.of("Agent Assigned", "Agent Email", "Assigned To")),
                    Map.entry(TICKET_CREATED, List.of("Date Created", "Created")),
                    Map.entry(TICKET_UPDATED, List.of("Last Updated", "Updated")),
                    Map.entry(TICKET_RESOLVED, List.of("Date Closed", "Closed Date", "Closed")),
                    Map.entry(MESSAGE_TICKET, List.of("Ticket Number", "Number", "Ticket")),
                    Map.entry(MESSAGE_ID, List.of("Entry Id", "Id")),
                    Map.entry(MESSAGE_CREATED, List.of("Created", "Date Created")),
                    Map.entry(MESSAGE_AUTHOR, List.of("Poster Email", "Email", "From Email")),
                    Map.entry(MESSAGE_BODY, List.of("Body", "Message")),
                    Map.entry(MESSAGE_VISIBILITY, List.of("Type", "Entry Type"))),
            Map.of("open", TicketStatus.OPEN, "resolved", TicketStatus.RESOLVED, "closed", TicketStatus.CLOSED,
                    "archived", TicketStatus.CLOSED),
            Map.of("low", "LOW", "normal", "NORMAL", "high", "HIGH", "emergency", "URGENT"),
            Map.of("active", true, "registered", true, "guest", true, "", true, "locked", false,
                    "disabled", false),
            Map.of("m", false, "message", false, "r", false, "response", false, "n", true, "note", true)),

    ZAMMAD("Zammad",
            Map.ofEntries(
                    Map.entry(USER_EMAIL, List.of("email")),
                    Map.entry(USER_LOGIN, List.of("login", "id")),
                    Map.entry(USER_FIRST_NAME, List.of("firstname", "first name")),
                    Map.entry(USER_LAST_NAME, List.of("lastname", "last name")),
                    Map.entry(USER_ORGANIZATION, List.of("organization")),
                    Map.entry(USER_ACTIVE, List.of("active")),
                    Map.entry(TICKET_ID, List.of("number", "ticket number", "id")),
                    Map.entry(TICKET_SUBJECT, List.of("title")),
                    Map.entry(TICKET_STATUS, List.of("state")),
                    Map.entry(TICKET_PRIORITY, List.of("priority")),
                    Map.entry(TICKET_QUEUE, List.of("group")),
                    Map.entry(TICKET_REQUESTER, List.of("customer", "customer email")),
                    Map.entry(TICKET_OWNER, List.of("owner", "owner email")),
                    Map.entry(TICKET_CREATED, List.of("created at", "created_at")),
                    Map.entry(TICKET_UPDATED, List.of("updated at", "updated_at")),
                    Map.entry(TICKET_RESOLVED, List.of("close at", "closed at", "close_at")),
                    Map.entry(MESSAGE_TICKET, List.of("ticket number", "ticket", "ticket_id", "number")),
                    Map.entry(MESSAGE_ID, List.of("article id", "id")),
                    Map.entry(MESSAGE_CREATED, List.of("created at", "created_at")),
                    Map.entry(MESSAGE_AUTHOR, List.of("from", "created by", "sender email")),
                    Map.entry(MESSAGE_BODY, List.of("body")),
                    Map.entry(MESSAGE_VISIBILITY, List.of("internal"))),
            Map.of("new", TicketStatus.NEW, "open", TicketStatus.OPEN, "pending reminder", TicketStatus.ON_HOLD,
                    "pending close", TicketStatus.WAITING, "closed", TicketStatus.CLOSED),
            Map.of("1 low", "LOW", "low", "LOW", "2 normal", "NORMAL", "normal", "NORMAL", "3 high", "HIGH",
                    "high", "HIGH"),
            Map.of("true", true, "1", true, "yes", true, "", true, "false", false, "0", false, "no", false),
            Map.of("true", true, "1", true, "yes", true, "false", false, "0", false, "no", false, "", false));

    private final String title;
    private final Map<Field, List<String>> columns;
    private final Map<String, TicketStatus> statuses;
    private final Map<String, String> priorities;
    private final Map<String, Boolean> activeValues;
    private final Map<String, Boolean> internalValues;

    ImportSource(String title, Map<Field, List<String>> columns, Map<String, TicketStatus> statuses,
                 Map<String, String> priorities, Map<String, Boolean> activeValues, Map<String, Boolean> internalValues) {
        this.title = title;
        this.columns = new EnumMap<>(columns);
        this.statuses = statuses;
        this.priorities = priorities;
        this.activeValues = activeValues;
        this.internalValues = internalValues;
    }

    /** The source as the API names it: {@code rt}, {@code osticket}, {@code zammad}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String title() {
        return title;
    }

    public static Optional<ImportSource> byKey(String key) {
        for (var source : values()) {
            if (source.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }

    /** The header names this source's exports give the field, the one it writes first; empty when it has none. */
    public List<String> headers(Field field) {
        return columns.getOrDefault(field, List.of());
    }

    public Optional<TicketStatus> status(String value) {
        return Optional.ofNullable(statuses.get(normalize(value)));
    }

    public Map<String, TicketStatus> statuses() {
        return statuses;
    }

    /**
     * A priority code of Bilet's default scale. RT's numeric priorities (0–100) go by quarters:
     * 0–24 LOW, 25–49 NORMAL, 50–74 HIGH, 75 and more URGENT.
     */
    public Optional<String> priority(String value) {
        var key = normalize(value);
        if (this == RT && key.matches("\\d{1,3}")) {
            int number = Integer.parseInt(key);
            return Optional.of(number < 25 ? "LOW" : number < 50 ? "NORMAL" : number < 75 ? "HIGH" : "URGENT");
        }
        return Optional.ofNullable(priorities.get(key));
    }

    public Map<String, String> priorities() {
        return priorities;
    }

    public Optional<Boolean> active(String value) {
        return Optional.ofNullable(activeValues.get(normalize(value)));
    }

    public Optional<Boolean> internal(String value) {
        return Optional.ofNullable(internalValues.get(normalize(value)));
    }

    static String normalize(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
