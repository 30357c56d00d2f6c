package org.bilet.channels.mail.templates;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.bilet.channels.mail.MailTopic;

/**
 * One kind of mail in one language as an administrator edits it: the wording in use, Bilet's own
 * beside it, and the placeholders it may use. {@code version} is 0 while Bilet's wording is in
 * use; a save names the version it was meant for.
 */
public record MailTemplateDetails(MailTopic topic, String language, MailTopic.Reader reader, String subject, String body,
                                  boolean edited, String changedBy, String changedByName, Instant changedAt,
                                  String standardSubject, String standardBody, List<String> placeholders, long version) implements Serializable {
}
