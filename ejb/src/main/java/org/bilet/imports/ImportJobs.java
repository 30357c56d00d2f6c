package org.bilet.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.bilet.audit.AuditKind;
import org.bilet.audit.AuditTrail;
import org.bilet.audit.ChangeSummary;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.platform.ResourceNotFoundException;

/**
 * The import jobs' rows. Every write commits on its own (REQUIRES_NEW): the job must exist before
 * its runner looks for it, and its counts must show while it runs, whatever becomes of a batch.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportJobs {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public long create(ImportPlan plan, boolean dryRun) {
        var job = new ImportJob(plan.source(), plan.kind(), dryRun, plan.files(), plan.totalRows(),
                currentUser.get().username(), clock.instant());
        em.persist(job);
        em.flush();
        if (!dryRun) {
            audit.record(AuditKind.IMPORT_STARTED, "import " + job.id(), ChangeSummary.of()
                    .value("source", plan.source().title()).value("kind", plan.kind())
                    .value("files", job.files()).value("rows", plan.totalRows()));
        }
        return job.id();
    }

    public void start(long id) {
        job(id).start();
    }

    public void count(long id, BatchResult result) {
        job(id).count(result.read(), result.imported(), result.skipped(), result.bad());
    }

    public void finish(long id) {
        var job = job(id);
        job.finish(clock.instant());
        if (!job.dryRun()) {
            audit.record(AuditKind.IMPORT_FINISHED, "import " + id, counts(job));
        }
    }

    public void fail(long id, String reason) {
        var job = job(id);
        job.fail(reason, clock.instant());
        if (!job.dryRun()) {
            audit.record(AuditKind.IMPORT_FINISHED, "import " + id, counts(job).value("failed", job.failure()));
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ImportJobInfo find(long id) {
        return ImportJobInfo.of(job(id), true);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ImportJobInfo> newest(int max) {
        return em.createNamedQuery(ImportJob.NEWEST, ImportJob.class).setMaxResults(max).getResultStream()
                .map(job -> ImportJobInfo.of(job, false)).toList();
    }

    private static ChangeSummary counts(ImportJob job) {
        return ChangeSummary.of().value("source", job.source().title()).value("kind", job.kind())
                .value("read", job.readRows()).value("imported", job.imported())
                .value("already imported", job.skipped()).value("bad", job.badCount());
    }

    private ImportJob job(long id) {
        var job = em.find(ImportJob.class, id);
        if (job == null) {
            throw new ResourceNotFoundException("There is no import " + id + ".");
        }
        return job;
    }
}
