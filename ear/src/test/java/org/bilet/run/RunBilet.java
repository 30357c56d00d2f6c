package org.bilet.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.bilet.server.DatabaseUrl;
import org.bilet.server.MailServer;
import org.bilet.server.MariaDbServer;

/**
 * The run command: starts the database (embedded unless BILET_DB_URL is set), then WildFly with
 * the freshly built EAR, waits until Bilet is ready and says where to find it. Ctrl-C stops both.
 */
public final class RunBilet {

    private static final String DEMO_LOGINS = "admin, manager, agent, agent2, employee, employee2, editor, editor2 (password: demo)";

    /** The embedded mail server's mailboxes: the demo people's addresses and the help desk's, each read with its login. */
    private static final Map<String, String> MAILBOXES = mailboxes(
            "tom.harris@acme-logistics.example", "admin",
            "monika.lewandowska@acme-logistics.example", "manager",
            "marek.kowalski@acme-logistics.example", "agent",
            "aiste.jonaitiene@acme-logistics.example", "agent2",
            "emma.wilson@acme-logistics.example", "employee",
            "katarzyna.nowak@acme-logistics.example", "employee2",
            "helpdesk@acme-logistics.example", "helpdesk");

    private RunBilet() {
    }

    public static void main(String[] args) throws Exception {
        var wildflyHome = Path.of(System.getProperty("bilet.wildfly.home"));
        var ear = Path.of(System.getProperty("bilet.ear"));
        var dataDir = Path.of(env("BILET_DATA_DIR", System.getProperty("bilet.default.data.dir", "data"))).toAbsolutePath();
        var external = System.getenv("BILET_DB_URL") != null;
        var dbUrl = DatabaseUrl.parse(env("BILET_DB_URL", "jdbc:mariadb://127.0.0.1:" + env("BILET_EMBEDDED_DB_PORT", "3307") + "/bilet"));
        var dbUser = env("BILET_DB_USER", "bilet");
        var dbPassword = env("BILET_DB_PASSWORD", "bilet");
        var demo = Boolean.parseBoolean(env("BILET_DEMO", Boolean.toString(!external)));

        MariaDbServer database = null;
        if (!external) {
            if (MariaDbServer.wouldDiscard(dataDir.resolve("mariadb"))) {
                System.out.println("The embedded MariaDB would discard its data under " + System.getProperty("java.io.tmpdir")
                        + "; set BILET_DATA_DIR to a directory elsewhere (now " + dataDir + ").");
                System.exit(2);
            }
            database = MariaDbServer.atOrStart(dbUrl, dataDir.resolve("mariadb"));
            if (!database.isEmbedded()) {
                System.out.println("Port " + dbUrl.port() + " is taken by another server; set BILET_EMBEDDED_DB_PORT to a free port.");
                System.exit(2);
            }
            database.prepare(dbUser, dbPassword, "root", "", false);
        }

        var portOffset = Integer.parseInt(env("BILET_PORT_OFFSET", "0"));
        // Without an SMTP server of its own, Bilet mails into one started here, whose mailboxes can be read over IMAP.
        MailServer mail = null;
        var smtpHost = env("BILET_SMTP_HOST", null);
        var smtpPort = env("BILET_SMTP_PORT", null);
        var imapPort = Integer.parseInt(env("BILET_EMBEDDED_IMAP_PORT", Integer.toString(3143 + portOffset)));
        if (smtpHost == null) {
            smtpHost = "127.0.0.1";
            smtpPort = env("BILET_EMBEDDED_SMTP_PORT", Integer.toString(3025 + portOffset));
            try {
                mail = MailServer.withMailboxes(Integer.parseInt(smtpPort), imapPort, MAILBOXES, "demo");
            } catch (RuntimeException e) {
                System.out.println("Cannot start the embedded mail server on ports " + smtpPort + " and " + imapPort + " (" + e.getMessage()
                        + "); set BILET_EMBEDDED_SMTP_PORT and BILET_EMBEDDED_IMAP_PORT to free ports, or BILET_SMTP_HOST.");
                System.exit(2);
            }
        }

        var baseDir = prepareServerBase(wildflyHome, ear);
        var command = new ArrayList<String>();
        command.add(wildflyHome.resolve("bin/standalone.sh").toString());
        command.add("-Djboss.server.base.dir=" + baseDir);
        command.add("-Djboss.socket.binding.port-offset=" + portOffset);
        // The metrics' Prometheus registry is a community feature of WildFly 39 (see configure.cli).
        command.add("--stability=community");
        var process = new ProcessBuilder(command).inheritIO();
        var environment = process.environment();
        environment.put("JBOSS_HOME", wildflyHome.toString());
        // Lets standalone.sh pass Ctrl-C and termination on to the server.
        environment.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        // WildFly's default of 512 MB is tight once the search index and the language models are open.
        environment.putIfAbsent("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g");
        environment.put("BILET_DB_URL", dbUrl.url());
        environment.put("BILET_DB_USER", dbUser);
        environment.put("BILET_DB_PASSWORD", dbPassword);
        environment.put("BILET_DATA_DIR", dataDir.toString());
        environment.put("BILET_DEMO", Boolean.toString(demo));
        environment.put("BILET_SMTP_HOST", smtpHost);
        if (smtpPort != null) {
            environment.put("BILET_SMTP_PORT", smtpPort);
        }
        if (mail != null && env("BILET_MAIL_FROM", null) == null) {
            environment.put("BILET_MAIL_FROM", "Bilet Helpdesk <helpdesk@acme-logistics.example>");
        }
        if (mail != null) {
            // The demo reads the help desk's mailbox in the embedded mail server (DemoMailbox).
            environment.put("BILET_DEMO_IMAP_PORT", Integer.toString(imapPort));
        }
        var server = process.start();

        var stopDatabase = database;
        var stopMail = mail;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.destroy();
            try {
                server.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (stopDatabase != null) {
                stopDatabase.close();
            }
            if (stopMail != null) {
                stopMail.close();
            }
        }));

        var local = "http://localhost:" + (8080 + portOffset) + "/";
        var url = env("BILET_BASE_URL", local);
        if (waitUntilReady(URI.create(local).resolve("/health/ready"), server)) {
            System.out.println();
            System.out.println("  Bilet is running at " + url);
            System.out.println(demo ? "  Demo logins: " + DEMO_LOGINS : "  Sign in with your own accounts (demo data is off).");
            System.out.println("  Data directory: " + dataDir);
            if (stopMail != null) {
                System.out.println("  Mail goes to the embedded mail server; read it over IMAP at imap://localhost:" + imapPort
                        + "/INBOX with a demo login (e.g. curl -u agent:demo 'imap://localhost:" + imapPort + "/INBOX;UID=1').");
            }
            System.out.println("  Press Ctrl-C to stop.");
            System.out.println();
        }
        System.exit(server.waitFor());
    }

    /** A server base directory of its own, so a run never disturbs the server the tests use. */
    private static Path prepareServerBase(Path wildflyHome, Path ear) throws IOException {
        var baseDir = wildflyHome.resolveSibling("run-server");
        deleteRecursively(baseDir.resolve("deployments"));
        deleteRecursively(baseDir.resolve("configuration"));
        copyRecursively(wildflyHome.resolve("standalone/configuration"), baseDir.resolve("configuration"));
        Files.createDirectories(baseDir.resolve("deployments"));
        Files.copy(ear, baseDir.resolve("deployments").resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        return baseDir;
    }

    private static boolean waitUntilReady(URI health, Process server) throws InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (server.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                var response = client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (var path : (Iterable<Path>) paths::iterator) {
                var target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static Map<String, String> mailboxes(String... addressesAndLogins) {
        var mailboxes = new LinkedHashMap<String, String>();
        for (int i = 0; i < addressesAndLogins.length; i += 2) {
            mailboxes.put(addressesAndLogins[i], addressesAndLogins[i + 1]);
        }
        return mailboxes;
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
