/**
 * Which mails each person gets: every mail their role can get (see
 * {@link org.bilet.channels.mail.MailTopic#reaches}) unless they turned it off. Only the choices
 * that differ from that are stored, one row per person and topic.
 */
package org.bilet.channels.mail.preferences;
