/**
 * Tests that run inside the server, against the services themselves: the built EAR with the test
 * classes added to its web module.
 */
package org.bilet.it.incontainer;
