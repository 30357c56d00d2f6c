package org.bilet.imports;

import java.util.List;
import org.bilet.imports.ImportRows.MessageRow;
import org.bilet.imports.ImportRows.TicketRow;

/**
 * A ticket and its messages, imported together in one transaction; {@code ticket} is null for
 * messages of a ticket imported before (by an earlier run).
 */
public record TicketUnit(String ticketId, TicketRow ticket, List<MessageRow> messages) {

    int rows() {
        return (ticket == null ? 0 : 1) + messages.size();
    }
}
