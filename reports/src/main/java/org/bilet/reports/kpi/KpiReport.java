package org.bilet.reports.kpi;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every KPI of {@code docs/kpi.md} for one filter. Shares are fractions 0–1 and durations hours;
 * either is null where nothing was measured (no resolved ticket, no answered survey).
 *
 * @param basis whether durations count business hours of the SLA calendars or wall-clock hours
 * @param empty no ticket of the filter was created, resolved or answered in the period
 * @param filterNames the filter's team, category, priority and agent as people read them
 */
public record KpiReport(KpiFilter filter, Instant computedAt, TimeBasis basis, boolean empty,
                        Volume volume, Durations firstResponse, Durations resolution, Sla sla, Quality quality,
                        List<AgentFigures> agents, List<AgentFigures> best, List<AgentFigures> worst,
                        Recurring recurring, Csat csat, FilterNames filterNames) implements Serializable {

    /** A report whose filter is shown by its keys. */
    public KpiReport(KpiFilter filter, Instant computedAt, TimeBasis basis, boolean empty, Volume volume,
                     Durations firstResponse, Durations resolution, Sla sla, Quality quality, List<AgentFigures> agents,
                     List<AgentFigures> best, List<AgentFigures> worst, Recurring recurring, Csat csat) {
        this(filter, computedAt, basis, empty, volume, firstResponse, resolution, sla, quality, agents, best, worst, recurring, csat,
                new FilterNames(filter.team(), filter.category(), filter.priority(), filter.organization(), filter.agent()));
    }

    /** The filter's dimensions by name (a team's name, a category's path, an agent's full name); null where not set. */
    public record FilterNames(String team, String category, String priority, String organization, String agent) implements Serializable {
    }

    /** How durations are counted. */
    public enum TimeBasis {
        /** Business hours of each ticket's SLA calendar, pauses (waiting on the requester, on hold) left out. */
        BUSINESS_HOURS,
        /** Hours on the wall clock from the ticket's creation. */
        WALL_CLOCK
    }

    /** Something counted under a name: a team, category, priority, channel or tag; {@code key} as the API names it. */
    public record Count(String key, String name, long count) implements Serializable {
    }

    /** One day's figures, in the filter's zone. */
    public record Day(LocalDate day, long created, long resolved, long backlog) implements Serializable {
    }

    /**
     * @param backlog  per day of the period: tickets open at the day's end, with that day's created and resolved
     */
    public record Volume(long created, long resolved, long closed, long reopened, List<Day> days,
                         List<Count> byChannel, List<Count> byCategory, List<Count> byPriority, List<Count> byTeam) implements Serializable {
    }

    /** How many of the measured durations fell in {@code [fromHours, toHours)}; {@code toHours} null: no upper bound. */
    public record Bucket(double fromHours, Double toHours, long count) implements Serializable {
    }

    /** A duration measured over {@code count} tickets, in hours of the report's basis. */
    public record Durations(long count, Double medianHours, Double meanHours, Double p90Hours, List<Bucket> distribution) implements Serializable {
    }

    /** Breaches (first response or resolution late) of one team or category among the measured tickets. */
    public record Breaches(String key, String name, long measured, long breached) implements Serializable {
    }

    /**
     * Compliance: of the tickets whose first response (resolution) fell in the period and had a
     * target, the share answered (resolved) in time.
     */
    public record Sla(long firstResponseMeasured, long firstResponseMet, Double firstResponseCompliance,
                      long resolutionMeasured, long resolutionMet, Double resolutionCompliance,
                      List<Breaches> byTeam, List<Breaches> byCategory) implements Serializable {
    }

    /** Over the tickets resolved in the period. */
    public record Quality(Double reopenRate, Double repliesPerTicket, Double oneTouchRate) implements Serializable {
    }

    /** One agent's figures over the tickets assigned to them. */
    public record AgentFigures(String username, String name, long handled, long replies, Double medianFirstResponseHours,
                               Double medianResolutionHours, Double slaCompliance, Double csatAverage, long csatAnswers,
                               long minutesLogged) implements Serializable {
    }

    public record Recurring(List<Count> topCategories, List<Count> topTags) implements Serializable {
    }

    /** One answer's words, for managers to read. */
    public record Comment(String ticketNumber, int rating, String comment, Instant answeredAt) implements Serializable {
    }

    /** A day's answers. */
    public record CsatDay(LocalDate day, long answers, Double average) implements Serializable {
    }

    /**
     * @param sent    surveys sent in the period (tickets resolved and asked)
     * @param answers surveys answered in the period
     * @param scores  answers per score, 1 to 5
     */
    public record Csat(long sent, long answers, Double responseRate, Double goodShare, Double average,
                       List<Long> scores, List<Comment> comments, List<CsatDay> trend) implements Serializable {
    }
}
