package org.bilet.imports;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;

/** Reads and writes the {@link ImportKey}s, inside the caller's transaction. */
@Dependent
class ImportKeys {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    Optional<String> find(ImportSource source, ImportKey.Kind kind, String externalId) {
        return em.createNamedQuery(ImportKey.FIND, String.class)
                .setParameter("source", source).setParameter("kind", kind).setParameter("externalId", externalId)
                .getResultStream().findFirst();
    }

    void record(ImportSource source, ImportKey.Kind kind, String externalId, String biletId, long jobId) {
        em.persist(new ImportKey(source, kind, externalId, biletId, jobId, clock.instant()));
    }
}
