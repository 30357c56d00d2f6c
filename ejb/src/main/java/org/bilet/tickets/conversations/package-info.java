/**
 * Conversations across tickets: merging one ticket into another, splitting a message into a new
 * ticket, links between tickets (related, duplicate, parent and child), watchers, and @mentions in
 * internal notes. Every step is a {@code Ticket} method that records history and is saved through
 * {@code TicketRepository.saveChanges}, so the observers of the ticket core hear of it.
 */
package org.bilet.tickets.conversations;
