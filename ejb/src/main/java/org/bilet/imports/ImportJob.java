package org.bilet.imports;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One import as it runs: what was asked, where it is, how many rows were read, imported, skipped as
 * imported before, and bad, with the first {@link #MAX_BAD_ROWS} bad rows. Its counts move once per
 * batch, so they show how far a large file got.
 */
@Entity
@NamedQuery(name = ImportJob.NEWEST, query = "select j from ImportJob j order by j.createdAt desc, j.id desc")
@NamedQuery(name = ImportJob.INTERRUPTED, query = "update ImportJob j set j.state = org.bilet.imports.ImportState.FAILED,"
        + " j.failure = :reason, j.finishedAt = :at"
        + " where j.state in (org.bilet.imports.ImportState.QUEUED, org.bilet.imports.ImportState.RUNNING)")
public class ImportJob {

    static final String NEWEST = "ImportJob.newest";
    static final String INTERRUPTED = "ImportJob.interrupted";
    public static final int MAX_BAD_ROWS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ImportSource source;

    @Enumerated(EnumType.STRING)
    private ImportKind kind;

    private boolean dryRun;
    private String files;
    private String startedBy;
    private Instant createdAt;
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    private ImportState state;

    private int totalRows;
    private int readRows;
    private int imported;
    private int skipped;
    private int badCount;

    @Convert(converter = BadRowsJson.class)
    private List<BadRow> badRows = new ArrayList<>();

    private String failure;

    @Version
    private long version;

    protected ImportJob() {
    }

    ImportJob(ImportSource source, ImportKind kind, boolean dryRun, List<String> files, int totalRows,
              String startedBy, Instant createdAt) {
        this.source = Objects.requireNonNull(source);
        this.kind = Objects.requireNonNull(kind);
        this.dryRun = dryRun;
        var names = String.join(", ", files);
        this.files = names.length() > 500 ? names.substring(0, 500) : names;
        this.totalRows = totalRows;
        this.startedBy = Objects.requireNonNull(startedBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.state = ImportState.QUEUED;
    }

    void start() {
        state = ImportState.RUNNING;
    }

    /** What one batch did (or, for the bad rows found when the files were read, what reading did). */
    void count(int read, int newlyImported, int alreadyImported, List<BadRow> bad) {
        readRows += read;
        imported += newlyImported;
        skipped += alreadyImported;
        badCount += bad.size();
        var kept = new ArrayList<>(badRows);
        for (var row : bad) {
            if (kept.size() >= MAX_BAD_ROWS) {
                break;
            }
            kept.add(row);
        }
        badRows = kept;
    }

    void finish(Instant at) {
        state = ImportState.DONE;
        finishedAt = at;
    }

    void fail(String reason, Instant at) {
        state = ImportState.FAILED;
        failure = reason == null ? "The import stopped." : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        finishedAt = at;
    }

    public Long id() {
        return id;
    }

    public ImportSource source() {
        return source;
    }

    public ImportKind kind() {
        return kind;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public String files() {
        return files;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public ImportState state() {
        return state;
    }

    public int totalRows() {
        return totalRows;
    }

    public int readRows() {
        return readRows;
    }

    public int imported() {
        return imported;
    }

    public int skipped() {
        return skipped;
    }

    public int badCount() {
        return badCount;
    }

    public List<BadRow> badRows() {
        return badRows;
    }

    public String failure() {
        return failure;
    }
}
