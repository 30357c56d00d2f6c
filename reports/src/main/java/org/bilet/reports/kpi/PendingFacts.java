package org.bilet.reports.kpi;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the current transaction's units of work owe each ticket's facts, gathered so that the facts
 * are written once per ticket at the end of the transaction, however many units (a person's change,
 * then each automation rule's) it saved.
 */
@TransactionScoped
public class PendingFacts implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One ticket's due: staff replies and reopenings to add, and whether its tags may have changed. */
    static final class Due implements Serializable {

        private static final long serialVersionUID = 1L;

        final long ticketId;
        long staffReplies;
        final List<Instant> reopenings = new ArrayList<>();
        boolean tagsChanged;

        Due(long ticketId) {
            this.ticketId = ticketId;
        }
    }

    private final Map<Long, Due> byTicket = new LinkedHashMap<>();

    /** Adds a unit's due; true when it is the transaction's first, which is when the write is to be scheduled. */
    boolean add(long ticketId, long staffReplies, List<Instant> reopenings, boolean tagsChanged) {
        boolean first = byTicket.isEmpty();
        var due = byTicket.computeIfAbsent(ticketId, Due::new);
        due.staffReplies += staffReplies;
        due.reopenings.addAll(reopenings);
        due.tagsChanged |= tagsChanged;
        return first;
    }

    /** Everything owed, emptied. */
    Collection<Due> take() {
        var all = List.copyOf(byTicket.values());
        byTicket.clear();
        return all;
    }
}
