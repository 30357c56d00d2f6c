package org.bilet.tickets.events;

import org.bilet.tickets.Channel;

/**
 * Who made a change and how: a person's username, or Bilet itself ({@code system}); staff or the
 * requester's side; the channel it came through.
 */
public record ActorRef(String username, boolean system, boolean staff, Channel channel) {
}
