package org.bilet.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.bilet.tickets.Actor;
import org.bilet.tickets.Actors;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketField;
import org.bilet.tickets.TicketRepository;
import org.bilet.tickets.TicketStatus;
import org.bilet.tickets.events.FieldChanged;
import org.bilet.tickets.events.MessagePosted;
import org.bilet.tickets.events.StatusMoved;
import org.bilet.tickets.events.TicketChange;
import org.bilet.tickets.events.TicketOpened;

/**
 * Moves a ticket's promises as its events happen, in the transaction of the change, so a ticket
 * and its SLA never disagree: opening starts them, staff's first public reply keeps the first
 * response, waiting pauses, resolving stops, reopening resumes, and a change of priority, category
 * or team puts the ticket under the policy that now applies.
 */
@ApplicationScoped
public class SlaKeeper {

    /** The fields policies choose by; the channel and organization do not change after opening. */
    private static final Set<TicketField> CHOOSING = Set.of(TicketField.PRIORITY, TicketField.CATEGORY, TicketField.TEAM);

    @Inject
    EntityManager em;

    @Inject
    SlaPolicies policies;

    @Inject
    TicketRepository tickets;

    @Inject
    Actors actors;

    /**
     * Puts a new ticket under its policy before its row is first written, so that its promises go
     * in with the insert rather than in an update right after it; its {@code TicketOpened} then finds
     * this done and persists the marks, as the ticket has its id by then.
     */
    public void opening(Ticket ticket, Instant at) {
        ticket.slaToKeep().open(policies.choose(ticket), at);
    }

    void on(@Observes TicketChange change) {
        follow(change, tickets::saveChanges);
    }

    /**
     * Moves the promises of a ticket whose history was written as it happened without being
     * published (the demo's past), then raises what is due by {@code now}, as the watch would;
     * what this records in history is not published either.
     */
    public void replay(Ticket ticket, List<TicketChange> history, Instant now) {
        Consumer<Ticket> recordQuietly = t -> t.takeNewEvents().forEach(em::persist);
        history.stream().sorted(Comparator.comparing(TicketChange::at)).forEach(change -> follow(change, recordQuietly));
        var bilet = bilet(now);
        ticket.slaToKeep().raiseDue(now).forEach(r -> ticket.recordSla(r.promise().field(), r.before(), r.after(), bilet));
        saveMoves(ticket);
        recordQuietly.accept(ticket);
    }

    private void follow(TicketChange change, Consumer<Ticket> save) {
        if (change instanceof TicketOpened opened) {
            keep(opened, save, (ticket, sla) -> {
                // Usually done already, before the ticket's row was written (see opening).
                if (sla.policy() == null) {
                    sla.open(policies.choose(ticket), opened.at());
                }
            });
        } else if (change instanceof FieldChanged changed && CHOOSING.contains(changed.field())) {
            keep(changed, save, (ticket, sla) -> {
                // The fields a ticket opens with were chosen by already; only later changes choose again.
                if (!changed.at().equals(ticket.createdAt())) {
                    sla.replace(policies.choose(ticket), changed.at(), situation(ticket));
                }
            });
        } else if (change instanceof StatusMoved moved) {
            keep(moved, save, (ticket, sla) -> sla.statusMoved(moved.from(), moved.to(), moved.at()));
        } else if (change instanceof MessagePosted posted && !posted.internal()) {
            if (posted.by().staff() && !posted.by().system()) {
                keep(posted, save, (ticket, sla) -> sla.staffReplied(posted.at()));
            } else if (!posted.by().staff()) {
                keep(posted, save, (ticket, sla) -> sla.requesterWrote(posted.at()));
            }
        }
    }

    private void keep(TicketChange change, Consumer<Ticket> save, BiConsumer<Ticket, TicketSla> move) {
        var ticket = em.find(Ticket.class, change.ticket().id());
        var sla = ticket.slaToKeep();
        var before = sla.policy();
        move.accept(ticket, sla);
        saveMoves(ticket);
        // The policy a ticket opens under is in its explanation; history tells when it changed since.
        if (!(change instanceof TicketOpened) && !Objects.equals(before, sla.policy())) {
            ticket.recordSla(TicketField.SLA_POLICY, before == null ? null : before.key(),
                    sla.policy() == null ? null : sla.policy().key(), bilet(change.at()));
            save.accept(ticket);
        }
    }

    /** Bilet, at the time of the change it follows. */
    private Actor bilet(Instant at) {
        var bilet = actors.system();
        return new Actor(bilet.user(), bilet.channel(), null, at);
    }

    /** Persists the marks the promises' moves left, now that the ticket has its id. */
    void saveMoves(Ticket ticket) {
        ticket.slaToKeep().takeNewMarks(ticket).forEach(em::persist);
    }

    private static TicketSla.Situation situation(Ticket ticket) {
        var status = ticket.status();
        return new TicketSla.Situation(status != TicketStatus.RESOLVED && status != TicketStatus.CLOSED,
                ticket.firstResponseAt() != null,
                status == TicketStatus.WAITING || status == TicketStatus.ON_HOLD);
    }
}
