package org.bilet.tickets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.bilet.people.Roles;
import org.bilet.tickets.attachments.StagedFile;

/**
 * Where people open, change and answer tickets. The actor is always the caller of the request;
 * work Bilet does itself goes through {@link SystemTicketDesk}.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class TicketDesk {

    @Inject
    Actors actors;

    @Inject
    TicketWork work;

    /** Opens a ticket for the caller, or for the named requester when the caller is staff. */
    public TicketDetails open(@NotNull @Valid NewTicket request) {
        return work.open(actors.current(), request, List.of());
    }

    /** Opens a ticket with files staged while it was written, all in one transaction. */
    public TicketDetails open(@NotNull @Valid NewTicket request, @NotNull List<StagedFile> files) {
        return work.open(actors.current(), request, files);
    }

    /**
     * Applies changes to a ticket read at {@code expectedVersion}. The ticket row is locked first,
     * so of two concurrent changes at one version the second always sees the first and is refused.
     */
    public TicketDetails change(@NotNull String number, long expectedVersion, @NotNull TicketChanges changes) {
        return work.change(actors.current(), number, expectedVersion, changes);
    }

    /**
     * Reopens a ticket read at {@code expectedVersion}, with the reason posted as a public reply, in
     * one step: the requester's "not solved" to a resolution. Refused as stale if it changed since,
     * so a reason never answers a resolution the requester has not read.
     */
    public MessageDetails reopen(@NotNull String number, long expectedVersion,
                                 @NotBlank(message = "Say why the ticket is not solved.")
                                 @Size(max = 65000, message = "A message has {max} characters at most.")
                                 String reason) {
        return work.reopen(actors.current(), number, expectedVersion, reason);
    }

    /** Adds a reply or an internal note; replies serialize on the ticket row instead of failing each other. */
    public MessageDetails post(@NotNull String number, @NotNull @Valid NewMessage message) {
        return work.post(actors.current(), number, null, message, List.of());
    }

    /**
     * Adds a reply or note with the files staged for it, in one transaction. With
     * {@code expectedVersion} (the version the writer was looking at) it is refused if the ticket
     * changed meanwhile, since the writer must see that before sending.
     */
    public MessageDetails post(@NotNull String number, Long expectedVersion, @NotNull @Valid NewMessage message,
                               @NotNull List<StagedFile> files) {
        return work.post(actors.current(), number, expectedVersion, message, files);
    }
}
