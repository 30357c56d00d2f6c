package org.bilet.channels.mail.templates;

import java.io.Serializable;
import java.time.Instant;
import org.bilet.channels.mail.MailTopic;

/**
 * One kind of mail in one language, as the list of templates shows it: whom it goes to, and
 * whether it is Bilet's wording or edited (by whom, when).
 */
public record MailTemplateInfo(MailTopic topic, String language, MailTopic.Reader reader, boolean edited,
                               String changedBy, String changedByName, Instant changedAt) implements Serializable {
}
