package org.bilet.automation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilet.tickets.Ticket;

/**
 * What rules' conditions read of a ticket, as plain values: keys, codes and names as
 * administrators write them. The category and organization come with their parents, since a
 * condition on one holds for what lies below it. {@code body} is the reply that triggered the rule,
 * or else the description. {@code language} stays null until tickets know their language.
 */
public record TicketFacts(String channel, String subject, String body, List<String> categories, String priority,
                          String team, String assignee, List<String> organizations, String status, Set<String> tags,
                          Map<String, String> customValues, String language, boolean answered) {

    public static TicketFacts of(Ticket ticket, String reply) {
        var categories = new ArrayList<String>();
        for (var c = ticket.category(); c != null; c = c.parent()) {
            categories.add(c.key());
        }
        var organizations = new ArrayList<String>();
        for (var o = ticket.organization(); o != null; o = o.parent()) {
            organizations.add(o.name());
        }
        return new TicketFacts(ticket.channel().name(), ticket.subject(), reply == null ? ticket.description() : reply,
                categories, ticket.priority().code(), ticket.team() == null ? null : ticket.team().key(),
                ticket.assignee() == null ? null : ticket.assignee().username(), organizations, ticket.status().name(),
                ticket.tags(), ticket.customValues(), null, ticket.answered());
    }
}
