package org.bilet.tickets.events;

import java.time.Instant;

/**
 * Something that happened to a ticket: which ticket, who did it and when. Observers pick the kinds
 * they care for by type ({@code @Observes StatusMoved}) or take all ({@code @Observes TicketChange}).
 */
public sealed interface TicketChange permits TicketOpened, FieldChanged, StatusMoved, MessagePosted, AttachmentAdded {

    TicketRef ticket();

    ActorRef by();

    Instant at();
}
