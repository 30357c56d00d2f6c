package org.bilet.tickets.events;

import java.util.List;

/**
 * One unit of work's changes to a ticket, published once after each of them was published on its
 * own: for observers that must react once to a change however many fields it touched (automation
 * rules), rather than once per field. Not a {@link TicketChange}: observers of every change do not
 * hear it twice. Observers of each change may have saved changes of their own meanwhile, which
 * come in their own {@code ChangesSaved}, before this one.
 */
public record ChangesSaved(TicketRef ticket, List<TicketChange> changes) {

    public ChangesSaved {
        changes = List.copyOf(changes);
    }

    /** Whether these changes are history imported from another help desk, which nobody is told about and no rule acts on. */
    public boolean imported() {
        return changes.stream().anyMatch(TicketChange::imported);
    }
}
