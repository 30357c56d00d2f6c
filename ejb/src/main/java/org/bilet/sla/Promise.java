package org.bilet.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import org.bilet.tickets.TicketField;

/**
 * One promise of a ticket as it is stored: its clock, the due and warning instants the clock and
 * the calendar give, and the highest alert already raised for it, so that the watch finds due
 * promises by index and never raises an alert twice. Immutable: each move makes a new one.
 */
@Embeddable
public class Promise {

    /** The three promises a policy can make. */
    public enum Kind {
        FIRST_RESPONSE(TicketField.FIRST_RESPONSE_SLA),
        NEXT_RESPONSE(TicketField.NEXT_RESPONSE_SLA),
        RESOLUTION(TicketField.RESOLUTION_SLA);

        private final TicketField field;

        Kind(TicketField field) {
            this.field = field;
        }

        /** The field history records this promise's alerts under. */
        public TicketField field() {
            return field;
        }
    }

    /** The highest threshold already announced. */
    public enum Alert { NONE, WARNING, BREACHED }

    @Convert(converter = DurationMillis.class)
    @Column(name = "target_ms")
    private Duration target;

    @Enumerated(EnumType.STRING)
    private SlaClock.Phase phase;

    private Instant since;

    @Convert(converter = DurationMillis.class)
    @Column(name = "consumed_ms")
    private Duration consumed;

    private Boolean late;

    private Instant dueAt;

    private Instant warnAt;

    @Enumerated(EnumType.STRING)
    private Alert alerted;

    protected Promise() {
    }

    private Promise(SlaClock clock, BusinessCalendar calendar, double warningShare, Alert alerted) {
        target = clock.target();
        phase = clock.phase();
        since = clock.since();
        consumed = clock.consumedBefore();
        late = clock.stoppedLate();
        dueAt = clock.dueAt(calendar);
        warnAt = clock.reaches(clock.warningAmount(warningShare), calendar);
        this.alerted = alerted;
    }

    /** The promise of a clock, with the due and warning instants its calendar gives. */
    static Promise of(SlaClock clock, BusinessCalendar calendar, double warningShare, Alert alerted) {
        return new Promise(clock, calendar, warningShare, alerted);
    }

    public SlaClock clock() {
        return SlaClock.restore(target, phase, since, consumed, Boolean.TRUE.equals(late));
    }

    /**
     * How the promise stands as last recorded: a running one is as the watch last found it (it
     * records each warning and breach as it happens), the others as their clock says.
     */
    public SlaState state() {
        return switch (phase) {
            case NOT_STARTED -> SlaState.OK;
            case RUNNING -> switch (alerted) {
                case BREACHED -> SlaState.BREACHED;
                case WARNING -> SlaState.WARNING;
                case NONE -> SlaState.OK;
            };
            case PAUSED -> alerted == Alert.BREACHED ? SlaState.BREACHED : SlaState.PAUSED;
            case STOPPED -> Boolean.TRUE.equals(late) ? SlaState.BREACHED : SlaState.MET;
        };
    }

    /** Running or paused: the promise still has to be kept. */
    public boolean isActive() {
        return phase == SlaClock.Phase.RUNNING || phase == SlaClock.Phase.PAUSED;
    }

    public boolean isRunning() {
        return phase == SlaClock.Phase.RUNNING;
    }

    /** When the watch must look at this promise next; null when nothing is left to announce. */
    Instant nextAlertAt() {
        if (!isRunning()) {
            return null;
        }
        return switch (alerted) {
            case NONE -> warnAt;
            case WARNING -> dueAt;
            case BREACHED -> null;
        };
    }

    /** The alert due at {@code now} beyond those raised, or null: a breach passes over its warning. */
    Alert dueAlert(Instant now) {
        if (!isRunning()) {
            return null;
        }
        if (alerted != Alert.BREACHED && !now.isBefore(dueAt)) {
            return Alert.BREACHED;
        }
        return alerted == Alert.NONE && !now.isBefore(warnAt) ? Alert.WARNING : null;
    }

    Promise alerted(Alert alert) {
        var raised = new Promise();
        raised.target = target;
        raised.phase = phase;
        raised.since = since;
        raised.consumed = consumed;
        raised.late = late;
        raised.dueAt = dueAt;
        raised.warnAt = warnAt;
        raised.alerted = alert;
        return raised;
    }

    public Duration target() {
        return target;
    }

    public SlaClock.Phase phase() {
        return phase;
    }

    /** When a running promise is due; null otherwise. */
    public Instant dueAt() {
        return dueAt;
    }

    public Instant warnAt() {
        return warnAt;
    }

    public Alert alerted() {
        return alerted;
    }

    /** Business time consumed when the clock last moved. */
    public Duration consumedAtLastMove() {
        return consumed;
    }

    public Instant since() {
        return since;
    }
}
