/**
 * Who gets a new ticket: each team's routing mode (manual, round-robin, least-loaded, skill-based),
 * the agents' availability and skills, and automatic assignments that return to the team queue
 * when nobody takes them in time. It observes the ticket events and changes tickets as Bilet, so
 * history shows every automatic step.
 */
package org.bilet.routing;
