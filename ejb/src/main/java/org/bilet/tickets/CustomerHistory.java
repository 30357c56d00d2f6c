package org.bilet.tickets;

import java.util.List;

/** The requester's earlier tickets and those of their organization, newest first. */
public record CustomerHistory(PersonRef requester, String organization,
                              List<TicketSummary> requesterTickets, List<TicketSummary> organizationTickets) {
}
