package org.bilet.automation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bilet.sla.SlaState;
import org.bilet.tickets.TicketField;
import org.bilet.tickets.events.FieldChanged;
import org.bilet.tickets.events.MessagePosted;
import org.bilet.tickets.events.StatusMoved;
import org.bilet.tickets.events.TicketChange;
import org.bilet.tickets.events.TicketOpened;

/**
 * Which rule triggers one unit of work's changes amount to: opening is CREATED (the fields set
 * while opening are part of it, not updates); a person's change of fields or status is UPDATED,
 * once however many fields; a public message from the requester's side is REQUESTER_REPLIED; a
 * promise recorded as warning or breached is SLA_WARNING or SLA_BREACHED.
 */
final class EventTriggers {

    private static final Set<TicketField> PROMISES = Set.of(TicketField.FIRST_RESPONSE_SLA,
            TicketField.NEXT_RESPONSE_SLA, TicketField.RESOLUTION_SLA);

    private EventTriggers() {
    }

    static EnumSet<RuleTrigger.Type> of(List<TicketChange> changes) {
        var triggers = EnumSet.noneOf(RuleTrigger.Type.class);
        boolean opening = changes.stream().anyMatch(TicketOpened.class::isInstance);
        for (var change : changes) {
            if (change instanceof TicketOpened) {
                triggers.add(RuleTrigger.Type.CREATED);
            } else if (change instanceof FieldChanged changed && PROMISES.contains(changed.field())) {
                if (SlaState.WARNING.name().equals(changed.newValue())) {
                    triggers.add(RuleTrigger.Type.SLA_WARNING);
                } else if (SlaState.BREACHED.name().equals(changed.newValue())) {
                    triggers.add(RuleTrigger.Type.SLA_BREACHED);
                }
            } else if ((change instanceof FieldChanged || change instanceof StatusMoved) && !opening && !change.by().system()) {
                triggers.add(RuleTrigger.Type.UPDATED);
            } else if (change instanceof MessagePosted posted && !posted.internal() && !posted.by().staff()) {
                triggers.add(RuleTrigger.Type.REQUESTER_REPLIED);
            }
        }
        return triggers;
    }
}
