package org.bilet.imports;

import java.time.Instant;
import org.bilet.tickets.TicketStatus;

/** The rows of an import once read and checked, in Bilet's terms; each knows its file and line. */
public final class ImportRows {

    private ImportRows() {
    }

    /** A person; {@code externalId} is the source's login or, without one, the e-mail address. */
    public record UserRow(String file, long line, String externalId, String email, String firstName, String lastName,
                          String organization, String organizationColumn, boolean active) {
    }

    /** A ticket; {@code priority} is a code of Bilet's scale or null for the default. */
    public record TicketRow(String file, long line, String externalId, String subject, TicketStatus status,
                            String priority, String queue, String queueColumn, String requester, String requesterColumn,
                            String owner, String ownerColumn, Instant created, Instant updated, Instant resolved) {

        /** When the ticket reached its status: when it was resolved, else last updated, else created. */
        public Instant settledAt() {
            return resolved != null ? resolved : updated != null ? updated : created;
        }
    }

    /** A message of a ticket; {@code externalId} is unique within the ticket (the source's id, or a digest). */
    public record MessageRow(String file, long line, String ticketId, String ticketColumn, String externalId,
                             Instant created, String author, String authorColumn, String body, boolean internal) {

        public String key() {
            return ticketId + "/" + externalId;
        }
    }
}
