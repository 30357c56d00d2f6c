package org.bilet.worklog;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import java.time.Instant;
import java.util.Objects;
import org.bilet.people.User;
import org.bilet.platform.InvalidInputException;
import org.bilet.tickets.Ticket;

/** Time one agent spent on a ticket, logged by them: whole minutes, at most a day, and a note. */
@Entity
@NamedQuery(name = TimeEntry.OF_TICKET, query = """
        select e from TimeEntry e join fetch e.agent where e.ticket = :ticket order by e.loggedAt, e.id""")
public class TimeEntry {

    public static final String OF_TICKET = "TimeEntry.ofTicket";

    public static final int MIN_MINUTES = 1;
    /** A day: more than that in one entry is a typing mistake. */
    public static final int MAX_MINUTES = 1440;
    public static final int MAX_NOTE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agent_id")
    private User agent;

    private int minutes;

    /** Plain text as written; screens escape it. */
    private String note;

    private Instant loggedAt;

    protected TimeEntry() {
    }

    public TimeEntry(Ticket ticket, User agent, int minutes, String note, Instant loggedAt) {
        this.ticket = Objects.requireNonNull(ticket);
        this.agent = Objects.requireNonNull(agent);
        if (!agent.isStaff()) {
            throw new IllegalArgumentException(agent.username() + " is not staff and logs no time");
        }
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw InvalidInputException.of("minutes", "Log between " + MIN_MINUTES + " and " + MAX_MINUTES + " minutes.");
        }
        var stripped = note == null || note.isBlank() ? null : note.strip();
        if (stripped != null && stripped.length() > MAX_NOTE_LENGTH) {
            throw InvalidInputException.of("note", "A note has " + MAX_NOTE_LENGTH + " characters at most.");
        }
        this.minutes = minutes;
        this.note = stripped;
        this.loggedAt = Objects.requireNonNull(loggedAt);
    }

    public Long id() {
        return id;
    }

    public Ticket ticket() {
        return ticket;
    }

    public User agent() {
        return agent;
    }

    public int minutes() {
        return minutes;
    }

    public String note() {
        return note;
    }

    public Instant loggedAt() {
        return loggedAt;
    }
}
