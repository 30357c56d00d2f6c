package org.bilet.tickets.events;

/** The ticket an event is about: its id for queries and its number for people. */
public record TicketRef(long id, String number) {
}
