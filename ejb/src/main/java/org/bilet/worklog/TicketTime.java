package org.bilet.worklog;

import java.io.Serializable;
import java.util.List;

/** The time logged on one ticket: every entry, oldest first, and their sum. */
public record TicketTime(String ticket, long totalMinutes, List<TimeEntryInfo> entries) implements Serializable {
}
