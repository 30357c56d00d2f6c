package org.bilet.tickets;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.time.Instant;

/** When a ticket's requester last opened it on the portal (see {@link RequesterVisits}). */
@Entity
@NamedQuery(name = RequesterVisit.OF_REQUESTER, query = """
        select t.number, v.seenAt from RequesterVisit v, Ticket t
        where t.id = v.ticketId and t.requester = :requester and t.number in :numbers""")
public class RequesterVisit {

    static final String OF_REQUESTER = "RequesterVisit.ofRequester";

    @Id
    private Long ticketId;

    private Instant seenAt;

    protected RequesterVisit() {
    }
}
