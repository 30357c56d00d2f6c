package org.bilet.it.incontainer.observed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bilet.tickets.events.StatusMoved;
import org.bilet.tickets.events.TicketChange;

/**
 * Observes ticket events the way capabilities will: inside the transaction and after it commits.
 * Deployed in the EAR's library folder, so that it sees what the ejb module publishes. It can be
 * told to fail inside the transaction on a ticket's status move, as a consistency check would.
 */
@ApplicationScoped
public class RecordedChanges {

    private final Map<String, List<TicketChange>> inTransaction = new ConcurrentHashMap<>();
    private final Map<String, List<TicketChange>> afterCommit = new ConcurrentHashMap<>();
    private final Set<String> refuseStatusMoves = ConcurrentHashMap.newKeySet();

    void inTransaction(@Observes TicketChange change) {
        inTransaction.computeIfAbsent(change.ticket().number(), n -> new CopyOnWriteArrayList<>()).add(change);
        if (change instanceof StatusMoved && refuseStatusMoves.contains(change.ticket().number())) {
            throw new IllegalStateException("refused by an observer in the transaction");
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketChange change) {
        afterCommit.computeIfAbsent(change.ticket().number(), n -> new CopyOnWriteArrayList<>()).add(change);
    }

    public List<TicketChange> seenInTransaction(String number) {
        return List.copyOf(inTransaction.getOrDefault(number, List.of()));
    }

    public List<TicketChange> seenAfterCommit(String number) {
        return List.copyOf(afterCommit.getOrDefault(number, List.of()));
    }

    public void refuseStatusMovesOf(String number) {
        refuseStatusMoves.add(number);
    }
}
