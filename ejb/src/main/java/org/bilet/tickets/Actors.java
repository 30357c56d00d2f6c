package org.bilet.tickets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.bilet.people.CurrentUser;
import org.bilet.people.User;
import org.bilet.platform.RequestOrigin;
import org.hibernate.Session;

/**
 * Makes the {@link Actor} of a change: the authenticated caller of the current request, Bilet
 * itself for work no person does, or a named person for work that reaches Bilet without a request
 * of theirs (a mail from the requester). Only services that people cannot call take an actor made
 * here by someone else (see {@link SystemTicketDesk}).
 */
@ApplicationScoped
public class Actors {

    /** The username of Bilet's own account (created by the V7 migration); no person can have it. */
    public static final String SYSTEM_USERNAME = "@bilet";

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestOrigin origin;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public User currentUser() {
        return currentUser.get();
    }

    /** The caller of the current request, through the channel and from the address it came. */
    public Actor current() {
        return new Actor(currentUser(), origin.channel(), origin.clientAddress(), clock.instant());
    }

    /** Bilet itself, now: timers, automation rules. */
    public Actor system() {
        var bilet = em.unwrap(Session.class).bySimpleNaturalId(User.class).load(SYSTEM_USERNAME);
        if (bilet == null) {
            throw new IllegalStateException("Bilet's own account " + SYSTEM_USERNAME + " is missing; the V7 migration creates it");
        }
        return new Actor(bilet, Channel.SYSTEM, null, clock.instant());
    }

    /**
     * Someone who acted in another help desk, at the time they did it there: for importing its
     * history only ({@code org.bilet.imports}, through {@link SystemTicketDesk}). The channel is
     * {@link Channel#IMPORT}, so observers that notify, mail, route or run rules leave it alone.
     */
    public Actor imported(User user, Instant at) {
        return new Actor(user, Channel.IMPORT, null, at);
    }

    /** Bilet itself, at a time in another help desk's history: what an import does in the person's stead. */
    public Actor importedBySystem(Instant at) {
        return imported(system().user(), at);
    }

    /** A person who acts through a channel without a request of their own, now (a mail they sent). */
    public Actor person(User user, Channel channel) {
        return new Actor(user, channel, null, clock.instant());
    }
}
