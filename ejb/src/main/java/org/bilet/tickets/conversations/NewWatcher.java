package org.bilet.tickets.conversations;

/** Adds a watcher by username. */
public record NewWatcher(String username) {
}
