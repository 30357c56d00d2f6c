package org.bilet.channels.intake;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A message as read from a mailbox, taken apart: who sent it, what it answers, its text (plain,
 * HTML or both), its files, and the headers that tell an automatic message from a person's.
 * Charsets and encoded words (RFC 2047, RFC 2231 file names) are decoded; nothing here touches the
 * database, so it is tested on its own.
 */
public record IncomingMail(String messageId, List<String> answers, String senderAddress, String senderName,
                           String subject, String text, String html, List<File> files, Noise noise, String dedupeKey,
                           byte[] raw) {

    /** A file the message carries: an attachment, an inline image, a forwarded message. */
    public record File(String name, String contentType, byte[] content, boolean inline) {
    }

    /** What the headers say about where the message came from. */
    public enum Noise {
        /** Written by a person, as far as the headers tell. */
        NONE,
        /** An out-of-office, a list or bulk mail, a read receipt: never a ticket, never answered. */
        AUTOMATIC,
        /** A delivery failure report. */
        BOUNCE
    }

    private static final Session PARSING = Session.getInstance(parsing());
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,240}>");
    private static final Pattern BOUNCE_SENDER = Pattern.compile("^(mailer-daemon|postmaster)@.*", Pattern.CASE_INSENSITIVE);
    private static final List<String> AUTOMATIC_PRECEDENCE = List.of("bulk", "junk", "list", "auto_reply");

    /** Reads a message as the IMAP server handed it over. */
    public static IncomingMail parse(byte[] raw) {
        try {
            var message = new MimeMessage(PARSING, new ByteArrayInputStream(raw));
            var sender = sender(message);
            var body = new Body();
            body.read(message);
            var messageId = firstId(message.getHeader("Message-ID", null));
            var answers = new ArrayList<String>();
            answers.addAll(ids(message.getHeader("In-Reply-To", " ")));
            answers.addAll(ids(message.getHeader("References", " ")));
            return new IncomingMail(messageId, List.copyOf(answers),
                    sender == null ? null : sender.getAddress().toLowerCase(Locale.ROOT),
                    sender == null ? null : sender.getPersonal(),
                    subject(message), body.text, body.html, List.copyOf(body.files), noise(message, sender, body),
                    dedupeKey(messageId, message, sender), raw);
        } catch (MessagingException | IOException e) {
            throw new IllegalArgumentException("not a readable mail message: " + e.getMessage(), e);
        }
    }

    /** A message that cannot be taken apart: kept in the log under a hash of its bytes, so that it is logged once. */
    public static IncomingMail unreadable(byte[] raw) {
        try {
            var key = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
            return new IncomingMail(null, List.of(), null, null, "", null, null, List.of(), Noise.NONE, key, raw);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A sender that is an address the help desk can answer, or null. */
    private static InternetAddress sender(MimeMessage message) throws MessagingException {
        Address[] from;
        try {
            from = message.getFrom();
        } catch (MessagingException unreadable) {
            return null;
        }
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
                || address.getAddress() == null || !address.getAddress().contains("@")) {
            return null;
        }
        return address;
    }

    private static String subject(MimeMessage message) throws MessagingException {
        var subject = message.getSubject();
        return subject == null ? "" : subject.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static Noise noise(MimeMessage message, InternetAddress sender, Body body) throws MessagingException {
        if (body.deliveryReport || (sender != null && BOUNCE_SENDER.matcher(sender.getAddress()).matches())
                || "<>".equals(header(message, "Return-Path"))) {
            return Noise.BOUNCE;
        }
        var autoSubmitted = header(message, "Auto-Submitted");
        var precedence = header(message, "Precedence");
        boolean automatic = (autoSubmitted != null && !autoSubmitted.toLowerCase(Locale.ROOT).startsWith("no"))
                || header(message, "X-Autoreply") != null
                || header(message, "X-Autorespond") != null
                || header(message, "X-Autogenerated") != null
                || (precedence != null && AUTOMATIC_PRECEDENCE.contains(precedence.toLowerCase(Locale.ROOT)))
                || body.readReceipt;
        return automatic ? Noise.AUTOMATIC : Noise.NONE;
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        var value = message.getHeader(name, null);
        return value == null ? null : value.strip();
    }

    /**
     * Stands for the message wherever it is read: its Message-ID with a hash of who sent it, when,
     * about what and its content (not the transport headers, which differ between two mailboxes).
     * A sender that reuses a Message-ID for another message still gets both stored.
     */
    private static String dedupeKey(String messageId, MimeMessage message, InternetAddress sender) throws MessagingException, IOException {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var part : Arrays.asList(messageId, sender == null ? null : sender.getAddress(),
                    message.getHeader("Date", null), message.getHeader("Subject", null))) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            try (InputStream content = message.getRawInputStream()) {
                digest.update(content.readAllBytes());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstId(String header) {
        var ids = ids(header);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static List<String> ids(String header) {
        if (header == null) {
            return List.of();
        }
        return MESSAGE_ID.matcher(header).results().map(m -> m.group()).toList();
    }

    private static Properties parsing() {
        var properties = new Properties();
        // Headers in raw UTF-8 (RFC 6532) are read as UTF-8 rather than as Latin-1.
        properties.setProperty("mail.mime.allowutf8", "true");
        return properties;
    }

    /** Walks the MIME tree: the first text and HTML outside attachments are the body, the rest are files. */
    private static final class Body {
        private String text;
        private String html;
        private final List<File> files = new ArrayList<>();
        private boolean deliveryReport;
        private boolean readReceipt;

        void read(Part part) throws MessagingException, IOException {
            var type = contentType(part);
            if (type.match("multipart/*")) {
                if (type.match("multipart/report")) {
                    var report = type.getParameter("report-type");
                    deliveryReport |= "delivery-status".equalsIgnoreCase(report);
                    readReceipt |= "disposition-notification".equalsIgnoreCase(report);
                }
                var multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    read(child);
                }
                return;
            }
            var name = fileName(part);
            boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || name != null;
            if (!attached && type.match("text/plain") && text == null) {
                text = textOf(part);
            } else if (!attached && type.match("text/html") && html == null) {
                html = textOf(part);
            } else if (type.match("message/delivery-status")) {
                deliveryReport = true;
            } else {
                files.add(new File(name != null ? name : unnamed(type, files.size()), type.getBaseType().toLowerCase(Locale.ROOT),
                        bytesOf(part), !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())));
            }
        }

        private static ContentType contentType(Part part) throws MessagingException {
            try {
                return new ContentType(part.getContentType() == null ? "text/plain" : part.getContentType());
            } catch (MessagingException malformed) {
                return new ContentType("application/octet-stream");
            }
        }

        private static String fileName(Part part) throws MessagingException {
            var name = part.getFileName();
            if (name == null || name.isBlank()) {
                return null;
            }
            try {
                name = MimeUtility.decodeText(name);
            } catch (UnsupportedEncodingException unknownCharset) {
                // Kept as it came.
            }
            // Only the last segment of a path, and nothing that could reach outside a folder.
            name = name.replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
            return name.isEmpty() ? null : name;
        }

        private static String unnamed(ContentType type, int index) {
            if (type.match("message/rfc822")) {
                return "forwarded-" + (index + 1) + ".eml";
            }
            var subtype = type.getSubType() == null ? "bin" : type.getSubType().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            return "part-" + (index + 1) + "." + (subtype.isEmpty() ? "bin" : subtype);
        }

        private static String textOf(Part part) throws MessagingException, IOException {
            try {
                return String.valueOf(part.getContent()).replace("\r\n", "\n");
            } catch (UnsupportedEncodingException unknownCharset) {
                // A charset Java does not know: UTF-8 keeps ASCII and most of what such mail holds.
                return new String(bytesOf(part), StandardCharsets.UTF_8);
            }
        }

        private static byte[] bytesOf(Part part) throws MessagingException, IOException {
            try (var in = part.getInputStream()) {
                return in.readAllBytes();
            }
        }
    }
}
