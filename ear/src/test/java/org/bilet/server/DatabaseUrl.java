package org.bilet.server;

import java.net.URI;

/** The parts of a jdbc:mariadb://host:port/database URL that the bootstrap needs. */
public record DatabaseUrl(String host, int port, String database) {

    public static DatabaseUrl parse(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:mariadb://") && !jdbcUrl.startsWith("jdbc:mysql://")) {
            throw new IllegalArgumentException("not a MariaDB JDBC URL: " + jdbcUrl);
        }
        var uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        var path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isEmpty()) {
            throw new IllegalArgumentException("the URL names no database: " + jdbcUrl);
        }
        return new DatabaseUrl(uri.getHost(), uri.getPort() < 0 ? 3306 : uri.getPort(), path);
    }

    /** The server without a database, for administration. */
    public String serverUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/";
    }

    public String url() {
        return serverUrl() + database;
    }
}
