package org.bilet.imports;

import static org.bilet.imports.Field.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.bilet.imports.ImportRows.MessageRow;
import org.bilet.imports.ImportRows.TicketRow;
import org.bilet.imports.ImportRows.UserRow;

/**
 * Reads the rows of one file into {@link ImportRows}, checking every value that can be checked
 * without the database; every row that fails goes to the bad rows with its line, column and what
 * is wrong. Pure: tested without a container.
 */
public final class RowReader {

    public static final List<Field> USER_FIELDS = List.of(USER_EMAIL, USER_LOGIN, USER_NAME, USER_FIRST_NAME,
            USER_LAST_NAME, USER_ORGANIZATION, USER_ACTIVE);
    public static final List<Field> TICKET_FIELDS = List.of(TICKET_ID, TICKET_SUBJECT, TICKET_STATUS, TICKET_PRIORITY,
            TICKET_QUEUE, TICKET_REQUESTER, TICKET_OWNER, TICKET_CREATED, TICKET_UPDATED, TICKET_RESOLVED);
    public static final List<Field> MESSAGE_FIELDS = List.of(MESSAGE_TICKET, MESSAGE_ID, MESSAGE_CREATED,
            MESSAGE_AUTHOR, MESSAGE_BODY, MESSAGE_VISIBILITY);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;]+");
    /** "Name <address>", as RT and Zammad write people. */
    private static final Pattern NAMED_ADDRESS = Pattern.compile(".*<([^<>]+)>\\s*");
    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss][.SSS]", Locale.ROOT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS", Locale.ROOT));

    private final ImportSource source;
    private final ZoneId zone;
    private final List<BadRow> bad;

    public RowReader(ImportSource source, ZoneId zone, List<BadRow> bad) {
        this.source = source;
        this.zone = zone;
        this.bad = bad;
    }

    public List<UserRow> users(CsvTable table) {
        table.requireColumns(source, USER_FIELDS);
        var rows = new ArrayList<UserRow>();
        for (var row : table.rows()) {
            var cells = new Cells(table, row);
            var email = cells.email(USER_EMAIL, true);
            var login = cells.text(USER_LOGIN, 100);
            var name = cells.text(USER_NAME, 200);
            var first = cells.text(USER_FIRST_NAME, 100);
            var last = cells.text(USER_LAST_NAME, 100);
            var organization = cells.text(USER_ORGANIZATION, 200);
            var activeText = cells.raw(USER_ACTIVE);
            var active = activeText == null ? Optional.of(true) : source.active(activeText);
            if (active.isEmpty()) {
                cells.bad(USER_ACTIVE, "'" + activeText + "' is not an active flag " + source.title() + " writes.");
            }
            if (first == null && last == null && name != null) {
                var split = splitName(name);
                first = split[0];
                last = split[1];
            }
            if (email != null && first == null && last == null) {
                first = email.substring(0, email.indexOf('@'));
            }
            if (cells.ok()) {
                rows.add(new UserRow(table.file(), row.line(), (login != null ? login : email).toLowerCase(Locale.ROOT),
                        email, first == null ? "" : first, last == null ? "" : last, organization,
                        table.column(source, USER_ORGANIZATION).orElse(null), active.orElse(true)));
            }
        }
        return rows;
    }

    public List<TicketRow> tickets(CsvTable table) {
        table.requireColumns(source, TICKET_FIELDS);
        var rows = new ArrayList<TicketRow>();
        var seen = new HashSet<String>();
        for (var row : table.rows()) {
            var cells = new Cells(table, row);
            var id = cells.required(TICKET_ID, 100);
            var subject = cells.required(TICKET_SUBJECT, 200);
            var statusText = cells.raw(TICKET_STATUS);
            var status = source.status(statusText);
            if (status.isEmpty()) {
                cells.bad(TICKET_STATUS, statusText == null || statusText.isBlank() ? "The status is empty."
                        : "'" + statusText + "' is not a status Bilet knows for " + source.title() + " tickets; known: "
                        + String.join(", ", new TreeSet<>(source.statuses().keySet())) + ".");
            }
            var priorityText = cells.text(TICKET_PRIORITY, 50);
            String priority = null;
            if (priorityText != null) {
                priority = source.priority(priorityText).orElse(null);
                if (priority == null) {
                    cells.bad(TICKET_PRIORITY, "'" + priorityText + "' is not a priority Bilet knows for " + source.title()
                            + " tickets; known: " + String.join(", ", new TreeSet<>(source.priorities().keySet())) + ".");
                }
            }
            var requester = cells.email(TICKET_REQUESTER, true);
            var owner = cells.text(TICKET_OWNER, 254);
            if (owner != null && (owner.equalsIgnoreCase("nobody") || owner.equals("-"))) {
                owner = null;
            }
            if (owner != null) {
                owner = address(owner);
            }
            var created = cells.time(TICKET_CREATED, true);
            var updated = cells.time(TICKET_UPDATED, false);
            var resolved = cells.time(TICKET_RESOLVED, false);
            if (id != null && !seen.add(id)) {
                cells.bad(TICKET_ID, "The ticket " + id + " is in the file twice.");
            }
            if (cells.ok()) {
                rows.add(new TicketRow(table.file(), row.line(), id, subject, status.get(), priority,
                        cells.text(TICKET_QUEUE, 100), table.column(source, TICKET_QUEUE).orElse(null),
                        requester, table.column(source, TICKET_REQUESTER).orElse(null),
                        owner, table.column(source, TICKET_OWNER).orElse(null), created, updated, resolved));
            }
        }
        return rows;
    }

    public List<MessageRow> messages(CsvTable table) {
        table.requireColumns(source, MESSAGE_FIELDS);
        var rows = new ArrayList<MessageRow>();
        for (var row : table.rows()) {
            var cells = new Cells(table, row);
            var ticket = cells.required(MESSAGE_TICKET, 100);
            var id = cells.text(MESSAGE_ID, 100);
            var created = cells.time(MESSAGE_CREATED, true);
            var author = cells.email(MESSAGE_AUTHOR, true);
            var body = cells.required(MESSAGE_BODY, 65000);
            var visibility = cells.raw(MESSAGE_VISIBILITY);
            var internal = visibility == null ? Optional.of(false) : source.internal(visibility);
            if (internal.isEmpty()) {
                cells.bad(MESSAGE_VISIBILITY, "'" + visibility + "' does not say whether the message is internal or public.");
            }
            if (cells.ok()) {
                var externalId = id != null ? id : digest(created + "\n" + author + "\n" + body);
                rows.add(new MessageRow(table.file(), row.line(), ticket, table.column(source, MESSAGE_TICKET).orElseThrow(),
                        externalId, created, author, table.column(source, MESSAGE_AUTHOR).orElseThrow(), body, internal.get()));
            }
        }
        return rows;
    }

    /** "Name <address>" to the address; anything else as it is. */
    static String address(String value) {
        var named = NAMED_ADDRESS.matcher(value);
        return (named.matches() ? named.group(1) : value).strip();
    }

    static String[] splitName(String name) {
        var stripped = name.strip();
        int space = stripped.lastIndexOf(' ');
        return space < 0 ? new String[] {stripped, ""} : new String[] {stripped.substring(0, space).strip(), stripped.substring(space + 1)};
    }

    private static String digest(String text) {
        try {
            var hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cells of one row, reporting each bad one under the column the file names. */
    private final class Cells {
        private final CsvTable table;
        private final CsvTable.Row row;
        private boolean ok = true;

        Cells(CsvTable table, CsvTable.Row row) {
            this.table = table;
            this.row = row;
            if (row.values().containsKey(null)) {
                bad((String) null, "The row has more fields than the header has columns.");
            }
        }

        boolean ok() {
            return ok;
        }

        void bad(Field field, String message) {
            bad(table.column(source, field).orElse(source.headers(field).isEmpty() ? field.term() : source.headers(field).get(0)), message);
        }

        void bad(String column, String message) {
            ok = false;
            bad.add(new BadRow(table.file(), row.line(), column, message));
        }

        String raw(Field field) {
            return table.column(source, field).map(row.values()::get).orElse(null);
        }

        /** The stripped value, null when empty; longer than max is bad. */
        String text(Field field, int max) {
            var value = raw(field);
            if (value == null || value.isBlank()) {
                return null;
            }
            var stripped = value.strip();
            if (stripped.length() > max) {
                bad(field, "The " + field.term() + " has " + stripped.length() + " characters; Bilet takes " + max + " at most.");
                return null;
            }
            return stripped;
        }

        String required(Field field, int max) {
            var value = text(field, max);
            if (value == null && (raw(field) == null || raw(field).isBlank())) {
                bad(field, "The " + field.term() + " is empty.");
            }
            return value;
        }

        String email(Field field, boolean required) {
            var value = required ? required(field, 254) : text(field, 254);
            if (value == null) {
                return null;
            }
            // RT lists several requestors; the first is the one the ticket is for.
            var first = address(value.split(",")[0]);
            if (!EMAIL.matcher(first).matches()) {
                bad(field, "'" + value + "' is not an e-mail address.");
                return null;
            }
            return first.toLowerCase(Locale.ROOT);
        }

        Instant time(Field field, boolean required) {
            var value = required ? required(field, 40) : text(field, 40);
            if (value == null || value.equals("Not set") || value.startsWith("1970-01-01 00:00:00")) {
                return null;
            }
            var parsed = parseTime(value, zone);
            if (parsed.isEmpty()) {
                bad(field, "'" + value + "' is not a time; write it like 2024-03-01 14:05:00 or 2024-03-01T14:05:00Z.");
            }
            return parsed.orElse(null);
        }
    }

    static Optional<Instant> parseTime(String value, ZoneId zone) {
        try {
            return Optional.of(OffsetDateTime.parse(value.replace(' ', 'T')).toInstant());
        } catch (DateTimeException e) {
            // not with an offset; try the local forms
        }
        for (var format : LOCAL_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(value, format).atZone(zone).toInstant());
            } catch (DateTimeException e) {
                // the next form
            }
        }
        return Optional.empty();
    }
}
