package org.bilet.it;

import java.sql.DriverManager;
import java.sql.SQLException;

/** A ticket's index events in the outbox table (outbox-polling), counted in the database. */
final class OutboxEvents {

    private OutboxEvents() {
    }

    /** Those still to be processed or given up on: the server's other work has events of its own. */
    static long of(String number) throws SQLException {
        return count(number, "");
    }

    /** Those the outbox gave up on after their failed attempts. */
    static long aborted(String number) throws SQLException {
        return count(number, " and status = 'ABORTED'");
    }

    /** Every event still waiting, of any entity: a backlog the outbox is still working through. */
    static long pending() throws SQLException {
        try (var connection = DriverManager.getConnection(System.getenv("BILET_DB_URL"), System.getenv("BILET_DB_USER"),
                System.getenv("BILET_DB_PASSWORD"));
             var events = connection.prepareStatement("select count(*) from hsearch_outbox_event where status = 'PENDING'");
             var count = events.executeQuery()) {
            count.next();
            return count.getLong(1);
        }
    }

    private static long count(String number, String condition) throws SQLException {
        try (var connection = DriverManager.getConnection(System.getenv("BILET_DB_URL"), System.getenv("BILET_DB_USER"),
                System.getenv("BILET_DB_PASSWORD"));
             var id = connection.prepareStatement("select id from ticket where number = ?");
             var events = connection.prepareStatement("select count(*) from hsearch_outbox_event"
                     + " where entity_name = 'Ticket' and entity_id = ?" + condition)) {
            id.setString(1, number);
            try (var ticket = id.executeQuery()) {
                ticket.next();
                events.setString(1, Long.toString(ticket.getLong(1)));
            }
            try (var count = events.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }
}
