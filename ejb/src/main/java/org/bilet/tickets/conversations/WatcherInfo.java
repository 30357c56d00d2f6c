package org.bilet.tickets.conversations;

import java.io.Serializable;
import java.time.Instant;

/** Someone watching a ticket; {@code staff} tells the desk's people from the requester's colleagues. */
public record WatcherInfo(String username, String name, boolean staff, Instant addedAt) implements Serializable {
}
