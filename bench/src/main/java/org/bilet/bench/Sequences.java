package org.bilet.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Ids and numbers from the application's own MariaDB sequences, taken the way the application
 * takes them, so that rows written here never collide with rows the server writes, before, during
 * or after a fill, and nothing has to be reset afterwards.
 *
 * <p>Hibernate's pooled optimizer reads one value V of a sequence with increment {@code n} and
 * uses the ids {@code V-n+1 .. V}. Reading values one at a time from the same sequence therefore
 * reserves whole blocks that no other reader (another server node, another thread) can get.
 * Ticket numbers come one value per ticket, as {@code TicketDesk} takes them. (One race is left:
 * a server whose very first read of a brand-new sequence returns its start value reads once more
 * and uses everything up to that second value; so load the demo data before filling, as the
 * README says, and no fill ever meets a brand-new sequence.)
 */
final class Sequences {

    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    private Sequences() {
    }

    /** The increment of a sequence, which is its block size for the pooled optimizer. */
    static int increment(Connection db, String sequence) throws SQLException {
        try (var rs = db.createStatement().executeQuery("select increment from " + checked(sequence))) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** {@code count} successive values of the sequence, ascending, in one round trip. */
    static long[] values(Connection db, String sequence, int count) throws SQLException {
        var values = new long[count];
        // seq_1_to_N is MariaDB's built-in Sequence engine: one next value per row.
        try (var rs = db.createStatement().executeQuery(
                "select next value for " + checked(sequence) + " from seq_1_to_" + count)) {
            int i = 0;
            while (rs.next()) {
                values[i++] = rs.getLong(1);
            }
        }
        Arrays.sort(values);
        return values;
    }

    /** {@code count} ids from whole pooled blocks of the sequence (the rest of the last block is left unused). */
    static long[] pooledIds(Connection db, String sequence, int increment, int count) throws SQLException {
        var ids = new long[count];
        int i = 0;
        while (i < count) {
            int blocks = (count - i + increment - 1) / increment;
            for (long hi : values(db, sequence, blocks)) {
                for (long id = Math.max(1, hi - increment + 1); id <= hi && i < count; id++) {
                    ids[i++] = id;
                }
            }
        }
        return ids;
    }

    private static String checked(String sequence) {
        if (!NAME.matcher(sequence).matches()) {
            throw new IllegalArgumentException("not a sequence name: " + sequence);
        }
        return sequence;
    }

    /** A thread-safe pooled id source, like the one Hibernate keeps per sequence generator. */
    static final class Pooled {
        private final String sequence;
        private final int increment;
        private long next;
        private long hi = -1;

        Pooled(Connection db, String sequence) throws SQLException {
            this.sequence = sequence;
            this.increment = increment(db, sequence);
        }

        /** The next id; fetches a new block on the caller's connection when the current one is used up. */
        synchronized long next(Connection db) throws SQLException {
            if (next > hi) {
                hi = values(db, sequence, 1)[0];
                next = Math.max(1, hi - increment + 1);
            }
            return next++;
        }
    }
}
