/**
 * Administrators' wording of Bilet's mails, per kind of mail ({@code MailTopic}) and language:
 * {@link org.bilet.channels.mail.templates.MailTemplates} lists, reads, checks
 * ({@link org.bilet.channels.mail.templates.TemplateCheck}), saves, previews and restores Bilet's
 * own wording; {@code Letters.template} reads what is saved whenever a mail is written.
 */
package org.bilet.channels.mail.templates;
