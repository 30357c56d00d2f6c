package org.bilet.tickets;

import java.time.Instant;
import java.util.Objects;
import org.bilet.people.User;
import org.bilet.tickets.events.ActorRef;

/**
 * Who does something to a ticket, through which channel, from which address, and when. A person
 * (derived from the caller by {@link Actors#current()}), or Bilet itself ({@link Actors#system()}),
 * which acts with staff's rights and is shown as "Bilet".
 */
public record Actor(User user, Channel channel, String clientAddress, Instant at) {

    public Actor {
        Objects.requireNonNull(user);
        Objects.requireNonNull(channel);
        Objects.requireNonNull(at);
    }

    public boolean isStaff() {
        return user.isStaff() || isSystem();
    }

    /** Bilet itself rather than a person. */
    public boolean isSystem() {
        return user.isSystemAccount();
    }

    public ActorRef ref() {
        return new ActorRef(user.username(), isSystem(), isStaff(), channel);
    }
}
