/**
 * In-app notifications for staff: what needs someone's attention on a ticket (assigned to them, a
 * requester answered, a service-level promise warns or is broken). They are written after the
 * ticket change commits, by observers of the ticket events, so a failure here never undoes the
 * change; other capabilities (SLA escalations, automation rules) send theirs through
 * {@link org.bilet.notifications.Notifier}. A notification keeps its arguments, not its text: the
 * screens and the API word it in the reader's language.
 */
package org.bilet.notifications;
