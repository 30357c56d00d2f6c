package org.bilet.channels.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.bilet.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class DraftCheckTest {

    private static final OutgoingMailDraft GOOD = OutgoingMailDraft.of("test", List.of("emma.wilson@acme-logistics.example"),
            "Printer jams", "Every sheet.");

    @Test
    void addresses_as_people_write_them_pass() {
        var draft = OutgoingMailDraft.of("test", List.of("a@b.example", "Aistė Jonaitienė <aiste@acme.example>",
                "\"Kowalski, Marek\" <marek@acme.example>", " spaced@acme.example "), "Hi", "Body")
                .withReplyTo("Service Desk <helpdesk@acme.example>");

        var checked = DraftCheck.check(draft);

        assertThat(checked.recipients()).containsExactly("a@b.example", "Aistė Jonaitienė <aiste@acme.example>",
                "\"Kowalski, Marek\" <marek@acme.example>", "spaced@acme.example");
    }

    @Test
    void every_bad_address_is_named_by_its_field() {
        var draft = new OutgoingMailDraft("test", List.of("ok@acme.example", "not an address", "two@a.example, three@a.example",
                "x@acme.example\r\nBcc: victim@elsewhere.example", "no-domain@", "@no-local.example", "group: a@b.example;", ""),
                "bad reply", "Hi", "Body", null, null, null, null);

        var e = catchThrowableOfType(InvalidInputException.class, () -> DraftCheck.check(draft));

        assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly(
                "recipients[1]", "recipients[2]", "recipients[3]", "recipients[4]", "recipients[5]", "recipients[6]",
                "recipients[7]", "replyTo");
    }

    @Test
    void a_message_needs_recipients_a_subject_a_text_and_a_purpose() {
        var e = catchThrowableOfType(InvalidInputException.class,
                () -> DraftCheck.check(new OutgoingMailDraft(" ", List.of(), null, "\r\n", null, null, null, null, null)));

        assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                .containsExactly("purpose", "recipients", "subject", "text");
    }

    @Test
    void line_breaks_in_a_subject_become_spaces_and_never_reach_a_header() {
        var checked = DraftCheck.check(new OutgoingMailDraft("test", GOOD.recipients(), null,
                "Printer\r\nBcc: victim@elsewhere.example\tjams ", "Body", null, null, null, null));

        assertThat(checked.subject()).isEqualTo("Printer Bcc: victim@elsewhere.example jams");
    }

    @Test
    void attachments_and_thread_headers_are_checked_field_by_field() {
        var draft = GOOD.withAttachment("raport.pdf", "application/pdf", new byte[] {1})
                .withAttachment("../../etc/passwd", "application/pdf", new byte[] {1})
                .withAttachment("ok.txt", "not a type", new byte[] {1})
                .withAttachment(" ", "text/plain", new byte[] {1})
                .inReplyTo("no brackets@acme.example", List.of("<a@acme.example>", "<b@acme.example>\r\nX: y"));

        var e = catchThrowableOfType(InvalidInputException.class, () -> DraftCheck.check(draft));

        assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly(
                "attachments[1].fileName", "attachments[2].contentType", "attachments[3].fileName", "inReplyTo", "references[1]");
    }

    @Test
    void a_good_draft_passes_unchanged() {
        var draft = GOOD.withHtml("<p>Every sheet.</p>").withAttachment("Ataskaita – spalis.pdf", "application/pdf", new byte[] {1, 2})
                .inReplyTo("<1@acme.example>", List.of("<0@acme.example>", "<1@acme.example>"));

        assertThat(DraftCheck.check(draft)).isEqualTo(draft);
    }

    @Test
    void null_elements_are_named_not_thrown() {
        var recipients = new java.util.ArrayList<String>();
        recipients.add("ok@acme.example");
        recipients.add(null);
        var attachments = new java.util.ArrayList<OutgoingMailDraft.Attachment>();
        attachments.add(null);
        var references = new java.util.ArrayList<String>();
        references.add(null);

        var e = catchThrowableOfType(InvalidInputException.class, () -> DraftCheck.check(
                new OutgoingMailDraft("test", recipients, null, "Hi", "Body", null, attachments, null, references)));

        assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                .containsExactly("recipients[1]", "attachments[0]", "references[0]");
    }

    @Test
    void too_many_recipients_are_refused() {
        var many = java.util.stream.IntStream.range(0, DraftCheck.MAX_RECIPIENTS + 1).mapToObj(i -> "p" + i + "@acme.example").toList();

        assertThatThrownBy(() -> DraftCheck.check(OutgoingMailDraft.of("test", many, "Hi", "Body")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("recipients"));
    }
}
