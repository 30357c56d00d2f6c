/**
 * Webhooks: administrators register URLs that are told about ticket events (created, updated,
 * message, status). Like outgoing mail, each delivery is a row of an outbox written in the ticket
 * change's transaction, sent after commit and swept by a timer, retried with backoff, every attempt
 * logged; bodies are signed with the hook's secret (HMAC-SHA256). Internal notes and internal calls
 * or chats go only to hooks that ask for them.
 */
package org.bilet.webhooks;
