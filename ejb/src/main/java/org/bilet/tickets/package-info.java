/**
 * The ticket: its life cycle (one state machine in {@link org.bilet.tickets.TicketStatus}), its
 * conversation of public replies and internal notes, and its append-only history. Services here
 * are the only way in: {@link org.bilet.tickets.TicketDesk} changes tickets for people,
 * {@link org.bilet.tickets.SystemTicketDesk} for Bilet's own work, {@link org.bilet.tickets.TicketFinder}
 * reads them; every change is published as an event of {@link org.bilet.tickets.events}.
 */
package org.bilet.tickets;
