/**
 * Several nodes behind one address: which node runs a timer's pass ({@link org.bilet.cluster.TimerTurns}),
 * decided in the database every node shares, so that a pass runs once in the cluster and a node
 * that dies leaves nothing behind. Single-node servers take every turn.
 */
package org.bilet.cluster;
