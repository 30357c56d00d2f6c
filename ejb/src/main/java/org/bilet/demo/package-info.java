/**
 * Demo data, so that a fresh installation can be explored with realistic people, a catalog and a
 * few hundred multilingual tickets instead of empty screens. It is loaded only when demo mode is on
 * and the database has no users yet, through the same entity methods as real work, so the demo
 * history looks exactly like what the service desk records in use.
 */
package org.bilet.demo;
