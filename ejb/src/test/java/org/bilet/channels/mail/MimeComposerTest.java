package org.bilet.channels.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MimeComposerTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Instant QUEUED_AT = Instant.parse("2026-11-23T09:15:00Z");
    private static final byte[] PDF = "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Miesięczny raport: zażółć gęślą jaźń | Raport_miesięczny_Żółw.pdf   | Łukasz Żółtowski
            Звіт за жовтень — їжак ґанок         | Звіт_за_жовтень.pdf          | Олена Шевчук
            Отчёт: съешь же ещё этих булок       | Отчёт ёжика.pdf              | Пётр Ёлкин
            Ataskaita – spalis: ąčęėįšųūž        | Ataskaita_šį_mėnesį.pdf      | Aistė Jonaitienė
            """)
    void non_ascii_subjects_names_and_file_names_are_encoded_and_read_back(String subject, String fileName, String name)
            throws Exception {
        var mail = mail(OutgoingMailDraft.of("report:monthly", List.of(name + " <reader@acme.example>"), subject, "Zobacz załącznik.")
                .withHtml("<p>Zobacz <b>załącznik</b>.</p>")
                .withAttachment(fileName, "application/pdf", PDF));

        var raw = written(mail);
        var read = new MimeMessage(SESSION, new ByteArrayInputStream(raw));

        assertThat(isAscii(raw)).as("only 7-bit ASCII on the wire").isTrue();
        assertThat(read.getHeader("Subject")[0]).contains("=?UTF-8?");
        assertThat(read.getSubject()).isEqualTo(subject);
        var to = (InternetAddress) read.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getPersonal()).isEqualTo(name);
        assertThat(to.getAddress()).isEqualTo("reader@acme.example");

        var parts = (Multipart) read.getContent();
        assertThat(read.getContentType()).startsWith("multipart/mixed");
        var attachment = parts.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getHeader("Content-Disposition")[0]).as("RFC 2231").contains("filename*=UTF-8''");
        assertThat(attachment.getFileName()).isEqualTo(fileName);
        assertThat(MimeUtility.decodeText(new ContentType(attachment.getContentType()).getParameter("name")))
                .as("RFC 2047 name for older clients").isEqualTo(fileName);
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(PDF);

        var alternative = (Multipart) parts.getBodyPart(0).getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("Zobacz załącznik.");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
    }

    @Test
    void the_message_id_and_date_are_the_ones_fixed_at_queue_time_however_often_it_is_built() throws Exception {
        var mail = mail(OutgoingMailDraft.of("test", List.of("a@acme.example"), "Hi", "Body")
                .withReplyTo("Helpdesk <helpdesk@acme.example>")
                .inReplyTo("<parent@acme.example>", List.of("<root@acme.example>", "<parent@acme.example>")));

        var first = new MimeMessage(SESSION, new ByteArrayInputStream(written(mail)));
        var second = new MimeMessage(SESSION, new ByteArrayInputStream(written(mail)));

        assertThat(first.getMessageID()).isEqualTo("<fixed-1@acme.example>").isEqualTo(second.getMessageID());
        assertThat(first.getSentDate().toInstant()).isEqualTo(QUEUED_AT).isEqualTo(second.getSentDate().toInstant());
        assertThat(first.getHeader("In-Reply-To")).containsExactly("<parent@acme.example>");
        assertThat(MimeUtility.unfold(first.getHeader("References")[0])).isEqualTo("<root@acme.example> <parent@acme.example>");
        assertThat(first.getReplyTo()).extracting(a -> ((InternetAddress) a).getAddress()).containsExactly("helpdesk@acme.example");
        assertThat(((InternetAddress) first.getFrom()[0]).getPersonal()).isEqualTo("Bilet – Pomoc");
        assertThat(first.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    }

    @Test
    void plain_text_alone_is_a_single_part() throws Exception {
        var read = new MimeMessage(SESSION, new ByteArrayInputStream(written(
                mail(OutgoingMailDraft.of("test", List.of("a@acme.example"), "Hi", "Cześć, Łukasz!")))));

        assertThat(read.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(read.getContent()).isEqualTo("Cześć, Łukasz!");
    }

    private static OutgoingMail mail(OutgoingMailDraft draft) {
        return new OutgoingMail("<fixed-1@acme.example>", DraftCheck.check(draft), QUEUED_AT);
    }

    private static byte[] written(OutgoingMail mail) throws Exception {
        var message = MimeComposer.compose(SESSION, mail, MailTransport.fromAddress("Bilet – Pomoc <bilet@acme.example>"));
        var out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private static boolean isAscii(byte[] bytes) {
        for (var b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
