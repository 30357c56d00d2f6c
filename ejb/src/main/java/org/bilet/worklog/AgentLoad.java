package org.bilet.worklog;

import java.io.Serializable;
import java.util.Map;

/**
 * One agent's workload: unresolved tickets assigned to them ({@code open}, and by priority code,
 * most urgent first), how many of those are at risk (the desk's AT_RISK queue), how many tickets
 * were assigned to them today, and the minutes they logged today and this week (from Monday), in
 * the reader's time zone.
 */
public record AgentLoad(String username, String name, long open, Map<String, Long> openByPriority, long atRisk,
                        long takenToday, long minutesToday, long minutesThisWeek) implements Serializable {
}
