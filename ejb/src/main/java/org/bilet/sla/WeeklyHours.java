package org.bilet.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One row of a calendar's timetable: a day of the week and a stretch of hours on it. */
@Embeddable
public record WeeklyHours(
        @Enumerated(EnumType.STRING) @Column(name = "day_of_week") DayOfWeek day,
        LocalTime opens,
        LocalTime closes) implements Serializable {

    public BusinessHours hours() {
        return new BusinessHours(opens, closes);
    }
}
