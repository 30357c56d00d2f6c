package org.bilet.tickets;

import java.time.Instant;
import java.util.Objects;
import org.bilet.people.User;

/** Who does something to a ticket, through which channel, from which address, and when. */
public record Actor(User user, Channel channel, String clientAddress, Instant at) {

    public Actor {
        Objects.requireNonNull(user);
        Objects.requireNonNull(channel);
        Objects.requireNonNull(at);
    }

    public boolean isStaff() {
        return user.isStaff();
    }
}
