package org.bilet.imports;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilet.imports.ImportRows.MessageRow;
import org.bilet.imports.ImportRows.TicketRow;
import org.bilet.imports.ImportRows.UserRow;
import org.bilet.platform.InvalidInputException;

/**
 * What an import will do, read from its files before the job starts: the users, or the tickets
 * with their messages (ordered by time, grouped by ticket), the messages whose ticket is not in the
 * file (it may have been imported before), and the rows already found bad. Reading refuses the whole
 * request when a file is unusable (see {@link CsvTable}).
 */
public record ImportPlan(ImportSource source, ImportKind kind, List<String> files, int totalRows,
                         List<UserRow> users, List<TicketRow> tickets, Map<String, List<MessageRow>> messages,
                         List<BadRow> bad) {

    public static ImportPlan read(ImportSource source, ImportKind kind, ZoneId zone, List<ImportFile> files) {
        var bad = new ArrayList<BadRow>();
        var reader = new RowReader(source, zone, bad);
        var names = files.stream().map(ImportFile::name).toList();
        if (kind == ImportKind.USERS) {
            var file = only(files, "users", "The users import takes one file of users.");
            var table = CsvTable.read(file.name(), file.content());
            var users = reader.users(table);
            return new ImportPlan(source, kind, names, table.rows().size(), users, List.of(), Map.of(), bad);
        }
        var ticketsFile = only(files, "tickets", "The tickets import takes a file of tickets and, optionally, one of their messages.");
        var ticketsTable = CsvTable.read(ticketsFile.name(), ticketsFile.content());
        var tickets = reader.tickets(ticketsTable);
        int total = ticketsTable.rows().size();
        var messages = new LinkedHashMap<String, List<MessageRow>>();
        var messageFiles = files.stream().filter(f -> f.role().equals("messages")).toList();
        if (messageFiles.size() > 1) {
            throw InvalidInputException.of("messages", "Send the messages in one file.");
        }
        for (var file : messageFiles) {
            var table = CsvTable.read(file.name(), file.content());
            total += table.rows().size();
            reader.messages(table).stream()
                    .sorted(Comparator.comparing(MessageRow::created).thenComparingLong(MessageRow::line))
                    .forEach(m -> messages.computeIfAbsent(m.ticketId(), k -> new ArrayList<>()).add(m));
        }
        return new ImportPlan(source, kind, names, total, List.of(), tickets, messages, bad);
    }

    private static ImportFile only(List<ImportFile> files, String role, String message) {
        var matching = files.stream().filter(f -> f.role().equals(role)).toList();
        var others = files.stream().filter(f -> !f.role().equals(role) && !(role.equals("tickets") && f.role().equals("messages"))).toList();
        if (matching.size() != 1 || !others.isEmpty()) {
            throw InvalidInputException.of(role, message);
        }
        return matching.get(0);
    }

    /** The messages of tickets not in the tickets file: they must belong to tickets imported before. */
    public Map<String, List<MessageRow>> messagesOfOtherTickets() {
        var inFile = new HashSet<String>();
        tickets.forEach(t -> inFile.add(t.externalId()));
        var others = new LinkedHashMap<String, List<MessageRow>>();
        messages.forEach((ticket, rows) -> {
            if (!inFile.contains(ticket)) {
                others.put(ticket, rows);
            }
        });
        return others;
    }
}
