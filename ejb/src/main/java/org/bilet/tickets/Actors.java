package org.bilet.tickets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.bilet.people.CurrentUser;
import org.bilet.people.User;
import org.bilet.platform.RequestOrigin;

/** Turns the authenticated caller of the current request into the {@link Actor} of a change. */
@ApplicationScoped
public class Actors {

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestOrigin origin;


    @Inject
    Clock clock;

    public User currentUser() {
        return currentUser.get();
    }

    public Actor current() {
        return new Actor(currentUser(), origin.channel(), origin.clientAddress(), clock.instant());
    }
}
