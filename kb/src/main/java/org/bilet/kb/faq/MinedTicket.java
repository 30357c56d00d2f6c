package org.bilet.kb.faq;

import java.time.Instant;
import java.util.Optional;
import org.bilet.kb.language.TextLanguage;

/** What the mining of recurring problems reads of a ticket: the requester's words and when. */
record MinedTicket(long id, Optional<TextLanguage> language, String subject, String description, Instant createdAt) {
}
