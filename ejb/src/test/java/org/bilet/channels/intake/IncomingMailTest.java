package org.bilet.channels.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.bilet.channels.intake.IncomingMail.Noise;
import org.junit.jupiter.api.Test;

class IncomingMailTest {

    private static final Session SESSION = Session.getInstance(new Properties());

    @Test
    void encoded_polish_subject_cyrillic_file_name_and_sender_are_decoded() throws Exception {
        var message = message("Drukarka nie działa – zażółć gęślą jaźń");
        message.setFrom(new InternetAddress("Kasia.Nowak@Acme.example", "Katarzyna Nowak", "UTF-8"));
        var text = new MimeBodyPart();
        text.setText("Nie drukuje od rana.", "UTF-8");
        var file = new MimeBodyPart();
        file.setText("log", "UTF-8");
        file.setFileName(MimeUtility.encodeText("Журнал_помилок_ąčęėįšųūž.txt", "UTF-8", "B"));
        file.setDisposition("attachment");
        message.setContent(new MimeMultipart(text, file));

        var mail = IncomingMail.parse(bytes(message));

        assertThat(mail.subject()).isEqualTo("Drukarka nie działa – zażółć gęślą jaźń");
        assertThat(mail.senderAddress()).isEqualTo("kasia.nowak@acme.example");
        assertThat(mail.senderName()).isEqualTo("Katarzyna Nowak");
        assertThat(mail.text()).isEqualTo("Nie drukuje od rana.");
        assertThat(mail.files()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("Журнал_помилок_ąčęėįšųūž.txt");
            assertThat(new String(f.content(), StandardCharsets.UTF_8)).isEqualTo("log");
        });
        assertThat(mail.noise()).isEqualTo(Noise.NONE);
    }

    @Test
    void the_messages_it_answers_are_read_from_in_reply_to_and_references() throws Exception {
        var message = message("Re: [BIL-000123] Printer");
        message.setHeader("Message-ID", "<answer-1@mail.example>");
        message.setHeader("In-Reply-To", "<abc@acme.example>");
        message.setHeader("References", "<ticket.BIL-000123@acme.example>\r\n <abc@acme.example>");
        message.setText("ok", "UTF-8");

        var mail = IncomingMail.parse(bytes(message));

        assertThat(mail.messageId()).isEqualTo("<answer-1@mail.example>");
        assertThat(mail.answers()).containsExactly("<abc@acme.example>", "<ticket.BIL-000123@acme.example>", "<abc@acme.example>");
    }

    @Test
    void auto_replies_lists_and_read_receipts_are_automatic_and_delivery_reports_are_bounces() throws Exception {
        assertThat(noiseWith("Auto-Submitted", "auto-replied")).isEqualTo(Noise.AUTOMATIC);
        assertThat(noiseWith("Auto-Submitted", "no")).isEqualTo(Noise.NONE);
        assertThat(noiseWith("X-Autoreply", "yes")).isEqualTo(Noise.AUTOMATIC);
        assertThat(noiseWith("Precedence", "bulk")).isEqualTo(Noise.AUTOMATIC);
        assertThat(noiseWith("Precedence", "list")).isEqualTo(Noise.AUTOMATIC);
        assertThat(noiseWith("Return-Path", "<>")).isEqualTo(Noise.BOUNCE);

        var bounce = message("Undelivered Mail Returned to Sender");
        bounce.setFrom(new InternetAddress("MAILER-DAEMON@mx.example"));
        bounce.setText("failed", "UTF-8");
        assertThat(IncomingMail.parse(bytes(bounce)).noise()).isEqualTo(Noise.BOUNCE);

        var report = message("Delivery Status Notification (Failure)");
        var human = new MimeBodyPart();
        human.setText("Your message could not be delivered.", "UTF-8");
        var status = new MimeBodyPart();
        status.setContent("Reporting-MTA: dns; mx.example\r\n\r\nFinal-Recipient: rfc822; nobody@x.example\r\nAction: failed\r\n",
                "message/delivery-status");
        var multipart = new MimeMultipart("report; report-type=delivery-status", human, status);
        report.setContent(multipart);
        report.saveChanges();
        assertThat(IncomingMail.parse(bytes(report)).noise()).isEqualTo(Noise.BOUNCE);
    }

    @Test
    void the_same_message_delivered_to_two_mailboxes_has_one_key_and_another_message_another() throws Exception {
        var first = message("VPN");
        first.setHeader("Message-ID", "<same@mail.example>");
        first.setText("VPN drops.", "UTF-8");
        var viaSecondMailbox = new KeptId(new java.io.ByteArrayInputStream(bytes(first)));
        viaSecondMailbox.addHeader("Received", "from mx2.example by imap2.example");
        viaSecondMailbox.addHeader("Delivered-To", "it@acme.example");
        var other = message("VPN");
        other.setHeader("Message-ID", "<same@mail.example>");
        other.setText("Another text under a reused Message-ID.", "UTF-8");

        var key = IncomingMail.parse(bytes(first)).dedupeKey();
        assertThat(IncomingMail.parse(bytes(viaSecondMailbox)).dedupeKey()).isEqualTo(key);
        assertThat(IncomingMail.parse(bytes(other)).dedupeKey()).isNotEqualTo(key);
    }

    @Test
    void html_alternative_and_an_inline_image_are_kept_apart() throws Exception {
        var message = message("Screenshot");
        var text = new MimeBodyPart();
        text.setText("See the picture.", "UTF-8");
        var html = new MimeBodyPart();
        html.setContent("<p>See the <b>picture</b>: <img src=\"cid:img1\"></p>", "text/html; charset=UTF-8");
        var alternative = new MimeBodyPart();
        alternative.setContent(new MimeMultipart("alternative", text, html));
        var image = new MimeBodyPart();
        image.setContent(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png");
        image.setContentID("<img1>");
        image.setDisposition("inline");
        message.setContent(new MimeMultipart("related", alternative, image));
        message.saveChanges();

        var mail = IncomingMail.parse(bytes(message));

        assertThat(mail.text()).isEqualTo("See the picture.");
        assertThat(mail.html()).contains("<b>picture</b>");
        assertThat(mail.files()).singleElement().satisfies(f -> {
            assertThat(f.contentType()).isEqualTo("image/png");
            assertThat(f.inline()).isTrue();
            assertThat(f.name()).endsWith(".png");
        });
    }

    @Test
    void a_file_name_with_a_path_keeps_only_its_last_segment() throws Exception {
        var message = message("Files");
        var text = new MimeBodyPart();
        text.setText("x", "UTF-8");
        var file = new MimeBodyPart();
        file.setContent(new byte[] {1}, "application/octet-stream");
        file.setFileName("..\\..\\etc/passwd");
        message.setContent(new MimeMultipart(text, file));
        assertThat(IncomingMail.parse(bytes(message)).files()).singleElement().extracting(IncomingMail.File::name).isEqualTo("passwd");
    }

    private static Noise noiseWith(String header, String value) throws Exception {
        var message = message("Out of office");
        message.setHeader(header, value);
        message.setText("I am away.", "UTF-8");
        return IncomingMail.parse(bytes(message)).noise();
    }

    private static MimeMessage message(String subject) throws Exception {
        var message = new KeptId(null);
        message.setFrom(new InternetAddress("anna@acme.example"));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, "helpdesk@acme.example");
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new java.util.Date(1_780_000_000_000L));
        return message;
    }

    /** Keeps the Message-ID a test gives, as a mail arriving from elsewhere has its own. */
    private static final class KeptId extends MimeMessage {

        KeptId(java.io.InputStream in) throws jakarta.mail.MessagingException {
            super(SESSION);
            if (in != null) {
                parse(in);
            }
        }

        @Override
        protected void updateMessageID() throws jakarta.mail.MessagingException {
            if (getHeader("Message-ID") == null) {
                super.updateMessageID();
            }
        }
    }

    private static byte[] bytes(MimeMessage message) throws Exception {
        message.saveChanges();
        var out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
