package org.bilet.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.bilet.catalog.Priority;
import org.bilet.people.Role;
import org.bilet.people.User;

/** Named people, priorities and times for tests that build the domain without a database. */
public final class TestData {

    /** The clock of every test: a Monday morning. */
    public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    public static final String CLIENT_ADDRESS = "192.0.2.10";

    public static final Priority NORMAL = new Priority("normal", "Normal", 2, Duration.ofHours(24), true);
    public static final Priority HIGH = new Priority("high", "High", 3, Duration.ofHours(8), false);

    public static final TicketNumber NUMBER = TicketNumber.of(123);

    private TestData() {
    }

    public static User requester() {
        return new User("anna", "anna@example.com", "Anna", "Nowak", Set.of(Role.REQUESTER), NOW);
    }

    public static User otherRequester() {
        return new User("boris", "boris@example.com", "Boris", "Ivanov", Set.of(Role.REQUESTER), NOW);
    }

    public static User agent() {
        return new User("piotr", "piotr@example.com", "Piotr", "Kowalski", Set.of(Role.AGENT), NOW);
    }

    public static User manager() {
        return new User("maria", "maria@example.com", "Maria", "Lis", Set.of(Role.MANAGER), NOW);
    }

    /** The user acting through the web from the usual address, now. */
    public static Actor by(User user) {
        return by(user, NOW);
    }

    public static Actor by(User user, Instant at) {
        return new Actor(user, Channel.WEB, CLIENT_ADDRESS, at);
    }

    /** A NEW ticket of normal priority, opened on the web by its requester, now. */
    public static Ticket newTicket(User requester) {
        return new Ticket(NUMBER, "Printer jams", "The printer on floor 2 jams on every page.",
                requester, NORMAL, Channel.WEB, by(requester));
    }

    public static Ticket newTicket() {
        return newTicket(requester());
    }
}
