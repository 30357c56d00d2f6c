/**
 * Outgoing mail end to end: messages queued inside the server (through {@code OutboxTestResource},
 * added to the test deployment only) arrive, or not, at the mail server of the test JVM; the
 * administrators' outbox API shows how delivery went.
 */
package org.bilet.it.mail;
