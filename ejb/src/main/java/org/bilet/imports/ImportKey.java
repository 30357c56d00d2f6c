package org.bilet.imports;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.time.Instant;
import java.util.Objects;

/**
 * That a record of a source became a Bilet record: written in the transaction that creates it,
 * unique per source, kind and the source's id, so that nothing is imported twice.
 */
@Entity
@NamedQuery(name = ImportKey.FIND, query = "select k.biletId from ImportKey k"
        + " where k.source = :source and k.kind = :kind and k.externalId = :externalId")
public class ImportKey {

    static final String FIND = "ImportKey.find";
    static final int MAX_EXTERNAL_ID = 220;

    public enum Kind { USER, TICKET, MESSAGE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ImportSource source;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String externalId;
    private String biletId;
    private long jobId;
    private Instant createdAt;

    protected ImportKey() {
    }

    ImportKey(ImportSource source, Kind kind, String externalId, String biletId, long jobId, Instant createdAt) {
        this.source = Objects.requireNonNull(source);
        this.kind = Objects.requireNonNull(kind);
        this.externalId = Objects.requireNonNull(externalId);
        if (externalId.length() > MAX_EXTERNAL_ID) {
            throw new IllegalArgumentException("an external id has " + MAX_EXTERNAL_ID + " characters at most");
        }
        this.biletId = Objects.requireNonNull(biletId);
        this.jobId = jobId;
        this.createdAt = Objects.requireNonNull(createdAt);
    }
}
