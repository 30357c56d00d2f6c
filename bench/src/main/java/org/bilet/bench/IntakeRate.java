package org.bilet.bench;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.Random;

/**
 * {@code intake --count N}: how fast Bilet takes in mail that waits in a mailbox. Sets up a mailbox
 * of its own, switched off, in the run command's mail server (SMTP {@code --smtp-port}, IMAP
 * {@code --imap-port}); sends N mails to it over one SMTP connection, one sender each (so the
 * per-sender limit stays out of it), every tenth with a 200 KB attachment; switches the mailbox on,
 * asks Bilet to read it, and times until all N are in its log. Prints the rate and what became of them.
 */
final class IntakeRate {

    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final Options options;

    IntakeRate(Options options) {
        this.options = options;
    }

    void run() throws Exception {
        int count = options.intValue("count", 1000);
        var api = new Api(options.baseUrl());
        var token = api.token(options.value("admin", "admin"), options.value("password", "demo"));
        var run = Long.toString(System.currentTimeMillis(), 36);
        var address = "intake-" + run + "@acme-logistics.example";
        var imapPort = options.intValue("imap-port", 3143);
        var created = api.post("/api/admin/mailboxes", token, settings(address, imapPort, false));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Setting up the mailbox answered " + created.statusCode() + ": " + created.body());
        }
        long id = Api.json(created.body()).getJsonNumber("id").longValue();

        var sendStart = Instant.now();
        send(address, count, run);
        System.out.printf("intake  %,d mails sent to %s in %.1f s%n", count, address, Duration.between(sendStart, Instant.now()).toMillis() / 1000.0);

        var etag = api.getEtag("/api/admin/mailboxes/" + id, token);
        var on = api.putIfMatch("/api/admin/mailboxes/" + id, token, settings(address, imapPort, true), etag);
        if (on.statusCode() != 200) {
            throw new IllegalStateException("Switching the mailbox on answered " + on.statusCode() + ": " + on.body());
        }
        var start = Instant.now();
        // "Check now" answers when its poll is done, which may outlast a read timeout: ask in the background, count the log here.
        var poll = new Thread(() -> {
            try {
                api.post("/api/admin/mailboxes/" + id + "/poll", token, "{}");
            } catch (java.io.IOException slowAnswer) {
                // The poll goes on on the server; the watch also reads the mailbox every 10 s.
            }
        });
        poll.setDaemon(true);
        poll.start();
        var deadline = start.plus(PATIENCE);
        long taken;
        while ((taken = total(api, token, id)) < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Only " + taken + " of " + count + " mails taken in within " + PATIENCE);
            }
            Thread.sleep(500);
        }
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        var log = Api.json(api.get("/api/admin/mailboxes/" + id + "/log?size=200", token).body());
        System.out.printf("intake  %,d mails taken in in %.1f s: %,.1f mails/s (target: 1,000 in < 60 s); newest 200: %s%n",
                count, seconds, count / seconds, outcomes(log));
    }

    private void send(String to, int count, String run) throws Exception {
        var properties = new Properties();
        properties.setProperty("mail.smtp.host", options.value("smtp-host", "127.0.0.1"));
        properties.setProperty("mail.smtp.port", Integer.toString(options.intValue("smtp-port", 3025)));
        var session = Session.getInstance(properties);
        var random = new Random(42);
        var attachment = new byte[200 * 1024];
        random.nextBytes(attachment);
        try (var transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 0; i < count; i++) {
                var message = new MimeMessage(session);
                message.setFrom(new InternetAddress("customer-" + run + "-" + i + "@customers.example", "Customer " + i, "UTF-8"));
                message.setRecipients(Message.RecipientType.TO, to);
                message.setSubject("Drukarka nr " + i + " nie drukuje – zażółć gęślą jaźń", "UTF-8");
                var text = new MimeBodyPart();
                text.setText("Od rana drukarka na piętrze " + (i % 7) + " pokazuje błąd E" + i + ".\n\nPozdrawiam\n-- \nKlient " + i, "UTF-8");
                if (i % 10 == 0) {
                    var file = new MimeBodyPart();
                    file.setContent(attachment, "application/octet-stream");
                    file.setFileName("zrzut-" + i + ".bin");
                    message.setContent(new MimeMultipart(text, file));
                } else {
                    message.setContent(new MimeMultipart(text));
                }
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
    }

    private static long total(Api api, String token, long id) throws Exception {
        return Api.json(api.get("/api/admin/mailboxes/" + id + "/log?size=1", token).body()).getJsonNumber("total").longValue();
    }

    private static String outcomes(jakarta.json.JsonObject log) {
        var counts = new java.util.TreeMap<String, Integer>();
        log.getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).forEach(row -> counts.merge(row.getString("outcome"), 1, Integer::sum));
        return counts.toString();
    }

    private static String settings(String address, int imapPort, boolean active) {
        return "{\"address\": \"" + address + "\", \"host\": \"127.0.0.1\", \"port\": " + imapPort + ", \"username\": \"" + address
                + "\", \"password\": \"bench\", \"ssl\": false, \"pollSeconds\": 10, \"unknownSenders\": \"CREATE_REQUESTER\", \"active\": "
                + active + "}";
    }
}
