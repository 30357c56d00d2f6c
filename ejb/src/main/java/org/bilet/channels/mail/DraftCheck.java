package org.bilet.channels.mail;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.util.List;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.Problems;

/**
 * What a draft must be before it is queued; every mistake is reported at once, each naming its
 * field ({@code recipients[1]}, {@code attachments[0].fileName}), as an {@link InvalidInputException}.
 * A subject's line breaks are made spaces rather than refused: a subject copied from a ticket must
 * not fail a notification, and no line break ever reaches a header.
 */
final class DraftCheck {

    static final int MAX_PURPOSE_LENGTH = 100;
    static final int MAX_RECIPIENTS = 50;
    static final int MAX_SUBJECT_LENGTH = 500;
    static final int MAX_BODY_LENGTH = 1_000_000;
    static final int MAX_ATTACHMENTS = 20;
    static final int MAX_FILE_NAME_LENGTH = 255;
    static final long MAX_ATTACHMENT_BYTES = 25L * 1024 * 1024;
    static final int MAX_REFERENCES_LENGTH = 4000;

    private DraftCheck() {
    }

    /** The draft as it will be stored (subject on one line), or an {@link InvalidInputException}. */
    static OutgoingMailDraft check(OutgoingMailDraft draft) {
        var problems = new Problems();
        if (draft.purpose() == null || draft.purpose().isBlank()) {
            problems.add("purpose", "What the message is for is required.");
        } else if (draft.purpose().length() > MAX_PURPOSE_LENGTH || hasControl(draft.purpose())) {
            problems.add("purpose", "A purpose is one line of at most " + MAX_PURPOSE_LENGTH + " characters.");
        }
        if (draft.recipients().isEmpty()) {
            problems.add("recipients", "A message needs at least one recipient.");
        } else if (draft.recipients().size() > MAX_RECIPIENTS) {
            problems.add("recipients", "A message has at most " + MAX_RECIPIENTS + " recipients.");
        }
        for (int i = 0; i < draft.recipients().size(); i++) {
            var field = "recipients[" + i + "]";
            MailAddresses.problemWith(draft.recipients().get(i)).ifPresent(problem -> problems.add(field, problem));
        }
        if (draft.replyTo() != null) {
            MailAddresses.problemWith(draft.replyTo()).ifPresent(problem -> problems.add("replyTo", problem));
        }
        var subject = draft.subject() == null ? "" : oneLine(draft.subject());
        if (subject.isEmpty()) {
            problems.add("subject", "A subject is required.");
        } else if (subject.length() > MAX_SUBJECT_LENGTH) {
            problems.add("subject", "A subject has at most " + MAX_SUBJECT_LENGTH + " characters.");
        }
        if (draft.text() == null) {
            problems.add("text", "A plain-text body is required.");
        } else if (draft.text().length() > MAX_BODY_LENGTH) {
            problems.add("text", "A body has at most " + MAX_BODY_LENGTH + " characters.");
        }
        if (draft.html() != null && draft.html().length() > MAX_BODY_LENGTH) {
            problems.add("html", "A body has at most " + MAX_BODY_LENGTH + " characters.");
        }
        checkAttachments(draft.attachments(), problems);
        if (draft.inReplyTo() != null && !MessageIds.isValid(draft.inReplyTo())) {
            problems.add("inReplyTo", "In-Reply-To is one Message-ID such as <id@host.example>.");
        }
        for (int i = 0; i < draft.references().size(); i++) {
            // A null is named here like any other bad reference.
            if (!MessageIds.isValid(draft.references().get(i))) {
                problems.add("references[" + i + "]", "A reference is a Message-ID such as <id@host.example>.");
            }
        }
        if (draft.references().stream().mapToInt(r -> r == null ? 0 : r.length() + 1).sum() > MAX_REFERENCES_LENGTH + 1) {
            problems.add("references", "References hold at most " + MAX_REFERENCES_LENGTH + " characters.");
        }
        problems.throwIfAny();
        return new OutgoingMailDraft(draft.purpose().strip(), draft.recipients().stream().map(String::strip).toList(),
                draft.replyTo() == null ? null : draft.replyTo().strip(), subject, draft.text(), draft.html(),
                draft.attachments(), draft.inReplyTo(), draft.references());
    }

    private static void checkAttachments(List<OutgoingMailDraft.Attachment> attachments, Problems problems) {
        if (attachments.size() > MAX_ATTACHMENTS) {
            problems.add("attachments", "A message has at most " + MAX_ATTACHMENTS + " attachments.");
        }
        long bytes = 0;
        for (int i = 0; i < attachments.size(); i++) {
            var attachment = attachments.get(i);
            var field = "attachments[" + i + "].";
            if (attachment == null) {
                problems.add("attachments[" + i + "]", "An attachment is required.");
                continue;
            }
            var name = attachment.fileName();
            if (name == null || name.isBlank()) {
                problems.add(field + "fileName", "A file name is required.");
            } else if (name.length() > MAX_FILE_NAME_LENGTH || hasControl(name) || name.contains("/") || name.contains("\\")) {
                problems.add(field + "fileName", "A file name is one line of at most " + MAX_FILE_NAME_LENGTH
                        + " characters, without a folder.");
            }
            if (!isContentType(attachment.contentType())) {
                problems.add(field + "contentType", "A content type such as application/pdf is required.");
            }
            if (attachment.content() == null) {
                problems.add(field + "content", "The file's content is required.");
            } else {
                bytes += attachment.content().length;
            }
        }
        if (bytes > MAX_ATTACHMENT_BYTES) {
            problems.add("attachments", "Attachments hold at most " + MAX_ATTACHMENT_BYTES / (1024 * 1024) + " MiB together.");
        }
    }

    private static boolean isContentType(String text) {
        if (text == null || text.isBlank() || hasControl(text) || text.length() > 255) {
            return false;
        }
        try {
            var type = new ContentType(text);
            return !type.getPrimaryType().isEmpty() && !type.getSubType().isEmpty();
        } catch (ParseException e) {
            return false;
        }
    }

    /** Runs of line breaks, tabs and other control characters become one space. */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\s&&[^ ]]+", " ").strip();
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
