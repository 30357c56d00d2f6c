package org.bilet.sla;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Why a ticket's promises stand where they do: the policy and calendar, and for each promise its
 * target, where its clock is, and every move of the clock with the business time counted before it.
 * Times are whole minutes of business time.
 */
public record SlaExplanation(
        String ticket,
        String policy,
        String policyName,
        CalendarView calendar,
        SlaState state,
        List<PromiseView> promises) implements Serializable {

    public record CalendarView(String key, String name, String zone, List<WeeklyHours> hours, List<Holiday> holidays) implements Serializable {

        static CalendarView of(SlaCalendar calendar) {
            return new CalendarView(calendar.key(), calendar.name(), calendar.zone().getId(), calendar.hours(), calendar.holidays());
        }
    }

    /**
     * One promise: {@code consumedMinutes} up to now, {@code dueAt} while its clock runs, and how far
     * it was kept or missed: {@code marginMinutes} is the time left (negative: late by that much).
     */
    public record PromiseView(
            Promise.Kind kind,
            long targetMinutes,
            SlaState state,
            String phase,
            Instant dueAt,
            long consumedMinutes,
            long marginMinutes,
            List<Step> timeline) implements Serializable {
    }

    /** A move of the clock, and the business minutes it counted since the move before. */
    public record Step(Instant at, SlaMark.Move move, String reason, long countedMinutes, long consumedMinutes) implements Serializable {
    }

}
