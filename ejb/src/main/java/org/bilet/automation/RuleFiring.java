package org.bilet.automation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Objects;

/** A time-based rule fired on a ticket in one cycle (see {@link RuleTrigger#cycleOf}); it never fires there again. */
@Entity
public class RuleFiring {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long ruleId;
    private Long ticketId;
    private Instant cycleStart;
    private Instant firedAt;

    protected RuleFiring() {
    }

    RuleFiring(Long ruleId, Long ticketId, Instant cycleStart, Instant firedAt) {
        this.ruleId = Objects.requireNonNull(ruleId);
        this.ticketId = Objects.requireNonNull(ticketId);
        this.cycleStart = Objects.requireNonNull(cycleStart);
        this.firedAt = Objects.requireNonNull(firedAt);
    }
}
