/**
 * What happened to a ticket, as typed events published from the one place every change passes
 * through ({@code TicketRepository.saveChanges}), after its history is written. Observe them with
 * {@code @Observes} inside the change's transaction (SLA clocks, automation, indexing hints: a
 * failure there rolls the change back) or with {@code @Observes(during = AFTER_SUCCESS)} once it
 * has committed (notifications, mail, webhooks: never for a change that was rolled back).
 * Capabilities react to these instead of being called by the ticket services.
 */
package org.bilet.tickets.events;
