package org.bilet.routing;

/**
 * Hands a ticket on, with the reason why: to a team (key; null: it stays in its team) and/or to
 * an agent (username; null: nobody, so it waits in the team queue, where routing may assign
 * it), from the version the caller read.
 */
public record Transfer(String team, String assignee, String reason, Long version) {
}
