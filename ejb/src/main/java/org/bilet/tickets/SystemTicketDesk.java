package org.bilet.tickets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.bilet.people.Roles;
import org.bilet.tickets.attachments.StagedFile;

/**
 * Where Bilet's own work changes tickets: timers, mail intake, automation rules. Each call names
 * its actor ({@link Actors#system()}, or the person a mail came from), so this service is only for
 * code running as the {@link Roles#SYSTEM} role, which no person has: a person's request calling
 * it is refused, and nobody can act under a name of their choosing.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class SystemTicketDesk {

    @Inject
    TicketWork work;

    public TicketDetails open(@NotNull Actor actor, @NotNull @Valid NewTicket request, @NotNull List<StagedFile> files) {
        return work.open(actor, request, files);
    }

    public TicketDetails change(@NotNull Actor actor, @NotNull String number, long expectedVersion,
                                @NotNull TicketChanges changes) {
        return work.change(actor, number, expectedVersion, changes);
    }

    public MessageDetails post(@NotNull Actor actor, @NotNull String number, @NotNull @Valid NewMessage message,
                               @NotNull List<StagedFile> files) {
        return work.post(actor, number, null, message, files);
    }
}
