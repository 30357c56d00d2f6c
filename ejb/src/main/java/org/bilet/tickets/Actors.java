package org.bilet.tickets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
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

    /** A person who acts through a channel without a request of their own, now (a mail they sent). */
    public Actor person(User user, Channel channel) {
        return new Actor(user, channel, null, clock.instant());
    }
}
