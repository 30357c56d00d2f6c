package org.bilet.tickets.events;

import java.time.Instant;
import org.bilet.tickets.Channel;

/**
 * Something that happened to a ticket: which ticket, who did it and when. Observers pick the kinds
 * they care for by type ({@code @Observes StatusMoved}) or take all ({@code @Observes TicketChange}).
 */
public sealed interface TicketChange permits TicketOpened, FieldChanged, StatusMoved, MessagePosted, AttachmentAdded,
        ContactLogged {

    TicketRef ticket();

    ActorRef by();

    Instant at();

    /** History imported from another help desk ({@code Channel.IMPORT}): told to nobody, acted on by no rule or routing. */
    default boolean imported() {
        return by().channel() == Channel.IMPORT;
    }
}
