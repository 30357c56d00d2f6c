package org.bilet.sla;

import java.io.Serializable;
import java.util.List;

/**
 * A calendar as administrators write it: times as "08:00", days as "MONDAY", dates as "2026-05-03",
 * checked by {@link SlaSettings} so that every mistake is reported with where it is.
 */
public record CalendarDefinition(String key, String name, String zone, List<Hours> hours, List<Day> holidays) implements Serializable {

    public record Hours(String day, String opens, String closes) implements Serializable {

        static Hours of(WeeklyHours hours) {
            return new Hours(hours.day().name(), hours.opens().toString(), hours.closes().toString());
        }
    }

    public record Day(String day, String name) implements Serializable {

        static Day of(Holiday holiday) {
            return new Day(holiday.day().toString(), holiday.name());
        }
    }

    static CalendarDefinition of(SlaCalendar calendar) {
        return new CalendarDefinition(calendar.key(), calendar.name(), calendar.zone().getId(),
                calendar.hours().stream().map(Hours::of).toList(), calendar.holidays().stream().map(Day::of).toList());
    }
}
