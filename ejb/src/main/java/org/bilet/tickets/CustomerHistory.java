package org.bilet.tickets;

import java.io.Serializable;
import java.util.List;

/** The requester's earlier tickets and those of their organization, newest first; the organization by name and id. */
public record CustomerHistory(PersonRef requester, String organization, Long organizationId,
                              List<TicketSummary> requesterTickets, List<TicketSummary> organizationTickets) implements Serializable {
}
