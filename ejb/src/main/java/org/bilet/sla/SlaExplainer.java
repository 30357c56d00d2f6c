package org.bilet.sla;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bilet.people.Roles;
import org.bilet.tickets.Actors;
import org.bilet.tickets.TicketRepository;

/** Explains a ticket's SLA to staff: what was promised, how the clocks ran, and by how much each was kept. */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class SlaExplainer {

    @Inject
    EntityManager em;

    @Inject
    TicketRepository tickets;

    @Inject
    Actors actors;

    @Inject
    Clock clock;

    public SlaExplanation explain(@NotNull String number) {
        return explain(number, null);
    }

    /** As {@link #explain(String)}, with the policy named in the reader's language (a tag such as "pl"). */
    public SlaExplanation explain(@NotNull String number, String language) {
        var ticket = tickets.visibleTo(actors.currentUser(), number);
        var sla = ticket.sla();
        var policy = sla.policy();
        Map<Promise.Kind, List<SlaMark>> marks = em.createNamedQuery(SlaMark.OF_TICKET, SlaMark.class)
                .setParameter("ticketId", ticket.id())
                .getResultStream()
                .collect(Collectors.groupingBy(SlaMark::promise));
        var now = clock.instant();
        var promises = sla.promises().entrySet().stream().map(entry -> {
            var promise = entry.getValue();
            var consumed = policy == null ? promise.consumedAtLastMove()
                    : promise.clock().consumed(now, policy.calendar().rules());
            return new SlaExplanation.PromiseView(entry.getKey(), promise.target().toMinutes(), promise.state(),
                    promise.phase().name(), promise.dueAt(), consumed.toMinutes(), promise.target().minus(consumed).toMinutes(),
                    steps(marks.getOrDefault(entry.getKey(), List.of())));
        }).toList();
        return new SlaExplanation(ticket.number().value(), policy == null ? null : policy.key(),
                policy == null ? null : policy.name(language),
                policy == null ? null : SlaExplanation.CalendarView.of(policy.calendar()), sla.state(), promises);
    }

    private static List<SlaExplanation.Step> steps(List<SlaMark> marks) {
        var steps = new ArrayList<SlaExplanation.Step>();
        var before = Duration.ZERO;
        for (var mark : marks) {
            var counted = mark.consumed().minus(before);
            // A new next-response promise starts from nothing; it counted nothing before.
            steps.add(new SlaExplanation.Step(mark.occurredAt(), mark.move(), mark.reason(),
                    counted.isNegative() ? 0 : counted.toMinutes(), mark.consumed().toMinutes()));
            before = mark.consumed();
        }
        return steps;
    }
}
