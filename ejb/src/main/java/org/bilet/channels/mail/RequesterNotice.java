package org.bilet.channels.mail;

import java.util.List;
import java.util.Optional;
import org.bilet.tickets.TicketField;
import org.bilet.tickets.TicketStatus;
import org.bilet.tickets.events.FieldChanged;
import org.bilet.tickets.events.MessagePosted;
import org.bilet.tickets.events.StatusMoved;
import org.bilet.tickets.events.TicketChange;
import org.bilet.tickets.events.TicketOpened;

/**
 * What a saved unit of work tells the ticket's requester by mail, decided without the database: at
 * most one mail per unit, the weightiest of what happened (a reply that also resolves the ticket is
 * one mail about the resolution, not two). Internal notes, Bilet's own messages and what the
 * requester did themselves tell them nothing; the acknowledgment goes out however the ticket came.
 */
public enum RequesterNotice {

    /** Staff merged the ticket into another one, which the requester now follows. */
    MERGED, RESOLVED, REPLIED, WAITING, RECEIVED;

    public static Optional<RequesterNotice> of(List<? extends TicketChange> unit, String requester) {
        RequesterNotice chosen = null;
        for (var change : unit) {
            var notice = of(change, requester);
            if (notice != null && (chosen == null || notice.ordinal() < chosen.ordinal())) {
                chosen = notice;
            }
        }
        return Optional.ofNullable(chosen);
    }

    private static RequesterNotice of(TicketChange change, String requester) {
        if (change instanceof TicketOpened) {
            return RECEIVED;
        }
        if (change instanceof FieldChanged changed && TicketField.MERGED_INTO.equals(changed.field())) {
            return MERGED;
        }
        boolean byStaff = change.by().staff() && !change.by().system() && !change.by().username().equals(requester);
        if (change instanceof MessagePosted posted && !posted.internal() && byStaff) {
            return REPLIED;
        }
        if (change instanceof StatusMoved moved && !change.by().username().equals(requester)) {
            if (moved.to() == TicketStatus.RESOLVED) {
                return RESOLVED;
            }
            if (moved.to() == TicketStatus.WAITING && byStaff) {
                return WAITING;
            }
        }
        return null;
    }
}
