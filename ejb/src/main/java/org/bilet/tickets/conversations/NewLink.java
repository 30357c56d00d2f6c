package org.bilet.tickets.conversations;

/** Links the ticket to another one: {@code type} as seen from the ticket ("DUPLICATE_OF"), {@code number} the other. */
public record NewLink(String type, String number) {
}
