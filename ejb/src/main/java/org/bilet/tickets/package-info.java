/**
 * The ticket: its life cycle (one state machine in {@link org.bilet.tickets.TicketStatus}), its
 * conversation of public replies and internal notes, and its append-only history. Services here
 * are the only way in: {@link org.bilet.tickets.TicketDesk} changes tickets,
 * {@link org.bilet.tickets.TicketFinder} reads them.
 */
package org.bilet.tickets;
