package org.bilet.imports;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An import job as the API and the screen show it. {@code total} is the number of rows in the
 * files, {@code read} how many have been handled so far; {@code badRows} holds the first
 * {@value ImportJob#MAX_BAD_ROWS} of the {@code bad} rows.
 */
public record ImportJobInfo(long id, String source, ImportKind kind, boolean dryRun, String files, String startedBy,
                            Instant createdAt, Instant finishedAt, ImportState state, int total, int read,
                            int imported, int skipped, int bad, String failure, List<BadRow> badRows) implements Serializable {

    static ImportJobInfo of(ImportJob job, boolean withBadRows) {
        return new ImportJobInfo(job.id(), job.source().key(), job.kind(), job.dryRun(), job.files(), job.startedBy(),
                job.createdAt(), job.finishedAt(), job.state(), job.totalRows(), job.readRows(), job.imported(),
                job.skipped(), job.badCount(), job.failure(), withBadRows ? job.badRows() : List.of());
    }

    /** How far the job got, 0 to 100. */
    public int percent() {
        return state.finished() ? 100 : total == 0 ? 0 : Math.min(100, read * 100 / total);
    }
}
