/**
 * Tests that run inside the server, against the services themselves: the built EAR with this
 * package added to its web module. Tests make their own people, teams and tickets through the
 * services ({@code TestData}, {@code TicketRecords}) and call as {@code admin} or as the test agent
 * that {@code TestData} creates, so they depend on no demo data.
 */
package org.bilet.it.incontainer;
