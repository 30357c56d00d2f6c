package org.bilet.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The command line: a command followed by {@code --name value} options. */
final class Options {

    static final String DEFAULT_URL = "http://localhost:8380";
    static final String DEFAULT_JDBC = "jdbc:mariadb://127.0.0.1:3306/bilet_bench";

    private final String command;
    private final Map<String, String> values = new HashMap<>();

    private Options(String command) {
        this.command = command;
    }

    static Options parse(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("Name a command: fill, create, raw, list or all.");
        }
        var options = new Options(args[0]);
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --name value, got '" + args[i] + "'.");
            }
            options.values.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    String command() {
        return command;
    }

    String value(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    int intValue(String name, int defaultValue) {
        return Integer.parseInt(value(name, Integer.toString(defaultValue)).replace("_", ""));
    }

    long longValue(String name, long defaultValue) {
        return Long.parseLong(value(name, Long.toString(defaultValue)).replace("_", ""));
    }

    List<Integer> levels() {
        return java.util.Arrays.stream(value("levels", "1,8").split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    String baseUrl() {
        var url = value("url", DEFAULT_URL);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A new connection to the benchmark database; bulk inserts for batches. */
    Connection connect() throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", value("user", "bilet"));
        properties.setProperty("password", value("password", "bilet"));
        properties.setProperty("useBulkStmts", "true");
        properties.setProperty("useBulkStmtsForInserts", "true");
        return DriverManager.getConnection(value("jdbc", DEFAULT_JDBC), properties);
    }
}
