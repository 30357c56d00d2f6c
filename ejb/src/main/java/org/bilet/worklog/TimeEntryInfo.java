package org.bilet.worklog;

import java.io.Serializable;
import java.time.Instant;
import org.bilet.tickets.PersonRef;

/** A logged entry as clients see it. */
public record TimeEntryInfo(long id, PersonRef agent, int minutes, String note, Instant loggedAt) implements Serializable {

    public static TimeEntryInfo of(TimeEntry e) {
        return new TimeEntryInfo(e.id(), PersonRef.of(e.agent()), e.minutes(), e.note(), e.loggedAt());
    }
}
