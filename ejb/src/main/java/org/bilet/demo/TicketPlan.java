package org.bilet.demo;

import java.time.Instant;
import org.bilet.people.User;
import org.bilet.tickets.Channel;
import org.bilet.tickets.TicketStatus;

/** What one demo ticket will be: whose story, how far it has come, when it was opened and how. */
record TicketPlan(Scenario scenario, User requester, TicketStatus status, Instant createdAt, Channel channel) {
}
