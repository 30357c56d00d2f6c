package org.bilet.imports;

import java.util.ArrayList;
import java.util.List;

/** What one batch (or one row) of an import did. */
public record BatchResult(int read, int imported, int skipped, List<BadRow> bad) {

    static BatchResult empty() {
        return new BatchResult(0, 0, 0, List.of());
    }

    BatchResult plus(BatchResult other) {
        var all = new ArrayList<>(bad);
        all.addAll(other.bad);
        return new BatchResult(read + other.read, imported + other.imported, skipped + other.skipped, all);
    }
}
