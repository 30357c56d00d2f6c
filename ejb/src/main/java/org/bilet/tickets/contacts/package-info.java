/**
 * Phone calls and chat transcripts logged on tickets ("other channels"): staff log them from the
 * ticket screen, phone systems and chat widgets through the API; a missed call from a person's known
 * number opens a ticket for them. Each is a row of its own tied to the ticket, recorded in history
 * and shown in the timeline like a message: to the requester too, unless it is internal.
 */
package org.bilet.tickets.contacts;
