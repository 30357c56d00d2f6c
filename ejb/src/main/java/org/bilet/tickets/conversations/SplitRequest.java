package org.bilet.tickets.conversations;

/** Splits a message into a new ticket; {@code subject} defaults to the original ticket's. */
public record SplitRequest(String subject) {
}
