package org.bilet.channels.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.util.Date;

/**
 * Builds the MIME message of an outbox entry, the same every time it is built: its Message-ID and
 * Date are the ones fixed when it was queued, so a message sent twice is recognizably one message.
 * Everything outside ASCII is encoded in UTF-8 with explicit calls (RFC 2047 for the subject and
 * display names, RFC 2231 for file names, with an RFC 2047 {@code name} for older clients), never
 * left to the JVM's default charset.
 */
final class MimeComposer {

    static final String UTF_8 = "UTF-8";

    private MimeComposer() {
    }

    static MimeMessage compose(Session session, OutgoingMail mail, InternetAddress from) throws MessagingException {
        var message = new FixedIdMessage(session, mail.messageId());
        message.setFrom(from);
        message.setRecipients(Message.RecipientType.TO, addresses(mail));
        if (mail.replyTo() != null) {
            message.setReplyTo(new Address[] {MailAddresses.forHeader(mail.replyTo())});
        }
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(Date.from(mail.createdAt()));
        if (mail.inReplyTo() != null) {
            message.setHeader("In-Reply-To", mail.inReplyTo());
        }
        if (!mail.references().isEmpty()) {
            message.setHeader("References", MimeUtility.fold("References: ".length(), String.join(" ", mail.references())));
        }
        message.setHeader("Auto-Submitted", "auto-generated");

        var attachments = mail.attachments();
        if (attachments.isEmpty()) {
            fillBody(message, mail);
        } else {
            var mixed = new MimeMultipart("mixed");
            var body = new MimeBodyPart();
            fillBody(body, mail);
            mixed.addBodyPart(body);
            for (var attachment : attachments) {
                mixed.addBodyPart(attachmentPart(attachment));
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    /** The plain text, or plain text and HTML as alternatives (plain first, as RFC 2046 orders them). */
    private static void fillBody(Part part, OutgoingMail mail) throws MessagingException {
        if (mail.htmlBody() == null) {
            text(part, mail.textBody(), "plain");
            return;
        }
        var alternative = new MimeMultipart("alternative");
        var plain = new MimeBodyPart();
        text(plain, mail.textBody(), "plain");
        alternative.addBodyPart(plain);
        var html = new MimeBodyPart();
        text(html, mail.htmlBody(), "html");
        alternative.addBodyPart(html);
        part.setContent(alternative);
    }

    private static void text(Part part, String text, String subtype) throws MessagingException {
        if (part instanceof MimeMessage message) {
            message.setText(text, UTF_8, subtype);
        } else {
            ((MimeBodyPart) part).setText(text, UTF_8, subtype);
        }
    }

    private static MimeBodyPart attachmentPart(MailAttachment attachment) throws MessagingException {
        var part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        // Set after the data handler, which clears the content headers.
        var type = new ContentType(attachment.contentType());
        type.setParameter("name", encodeWord(attachment.fileName()));
        part.setHeader("Content-Type", type.toString());
        var parameters = new ParameterList();
        parameters.set("filename", attachment.fileName(), UTF_8);
        part.setHeader("Content-Disposition", new ContentDisposition(Part.ATTACHMENT, parameters).toString());
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private static Address[] addresses(OutgoingMail mail) throws MessagingException {
        var addresses = new Address[mail.recipients().size()];
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = MailAddresses.forHeader(mail.recipients().get(i));
        }
        return addresses;
    }

    private static String encodeWord(String text) {
        try {
            return MimeUtility.encodeText(text, UTF_8, "B");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /** Keeps the Message-ID fixed at queue time; Jakarta Mail would make a new one at every save. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
