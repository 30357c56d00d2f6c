package org.bilet.desk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bilet.people.Roles;
import org.bilet.platform.ConflictException;
import org.bilet.platform.ForbiddenException;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.platform.StaleVersionException;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketDesk;

/**
 * Applies one change to many tickets selected in a queue. Each ticket changes in its own
 * transaction, at the version the agent saw, so that one refusal (changed meanwhile, an illegal
 * move) neither undoes nor blocks the others.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkChanges {

    /** A ticket as the agent saw it in the queue. */
    public record Seen(@NotNull String number, long version, Set<String> tags) {
    }

    @Inject
    TicketDesk desk;

    public BulkResult apply(@NotEmpty(message = "Select at least one ticket.")
                            @Size(max = 500, message = "Change at most {max} tickets at once.") List<@Valid Seen> tickets,
                            @NotNull BulkChange change) {
        var changed = new ArrayList<String>();
        var refused = new ArrayList<BulkResult.Refusal>();
        for (var ticket : tickets) {
            try {
                desk.change(ticket.number(), ticket.version(), changesFor(ticket, change));
                changed.add(ticket.number());
            } catch (StaleVersionException e) {
                refused.add(new BulkResult.Refusal(ticket.number(), BulkResult.Reason.CHANGED_MEANWHILE, e.getMessage()));
            } catch (ConflictException | ForbiddenException | ResourceNotFoundException e) {
                refused.add(new BulkResult.Refusal(ticket.number(), BulkResult.Reason.NOT_ALLOWED, e.getMessage()));
            } catch (InvalidInputException e) {
                refused.add(new BulkResult.Refusal(ticket.number(), BulkResult.Reason.INVALID, e.getMessage()));
            }
        }
        return new BulkResult(changed, refused);
    }

    private static TicketChanges changesFor(Seen ticket, BulkChange change) {
        Set<String> tags = null;
        if (change.addTag() != null && !change.addTag().isBlank()) {
            tags = new TreeSet<>(ticket.tags() == null ? Set.of() : ticket.tags());
            tags.add(change.addTag());
        }
        var changes = TicketChanges.none().withStatus(change.status()).withResolution(change.resolution())
                .withPriority(change.priority()).withTags(tags);
        // The bulk assignee is already in the changes' terms: null leaves it, empty unassigns.
        return change.assignee() == null ? changes
                : change.assignee().map(changes::withAssignee).orElseGet(changes::unassigned);
    }
}
