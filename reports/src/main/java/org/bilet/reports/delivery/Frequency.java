package org.bilet.reports.delivery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How often a subscription is delivered: each day, each week (Monday to Sunday), each calendar month. */
public enum Frequency {
    DAILY, WEEKLY, MONTHLY;

    /** The first day of the period that holds {@code day}. */
    public LocalDate periodStart(LocalDate day) {
        return switch (this) {
            case DAILY -> day;
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> day.withDayOfMonth(1);
        };
    }

    /** The first day of the period after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAILY -> start.plusDays(1);
            case WEEKLY -> start.plusWeeks(1);
            case MONTHLY -> start.plusMonths(1);
        };
    }

    /** The last day of the period starting on {@code start}. */
    public LocalDate periodEnd(LocalDate start) {
        return next(start).minusDays(1);
    }
}
