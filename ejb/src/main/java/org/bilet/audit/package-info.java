/**
 * The audit trail of administration: every change an administrator makes to people, teams, the
 * catalog or canned responses leaves one append-only entry, written in the transaction of the
 * change itself, so a change without its entry cannot be committed.
 */
package org.bilet.audit;
