package org.bilet.tickets.conversations;

/** Merges a ticket into the one numbered {@code into}; {@code version}, when sent, is the source's version read. */
public record MergeRequest(String into, Long version) {
}
