package org.bilet.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bilet.imports.ImportRows.MessageRow;
import org.bilet.people.Roles;
import org.bilet.platform.BiletException;

/**
 * Runs an import job on the server's executor: {@value #BATCH} rows at a time, each batch in its
 * own transaction ({@link ImportWork}), the job's counts moved after each. A batch that fails is
 * tried again one ticket or user at a time, so that only the rows at fault become bad rows; a
 * crash loses at most the batch it was in, and the next run skips what was imported.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @EJB
    ImportJobs jobs;

    @EJB
    ImportWork work;

    @Asynchronous
    public void run(long jobId, ImportPlan plan, boolean dryRun) {
        try {
            jobs.start(jobId);
            if (!plan.bad().isEmpty()) {
                jobs.count(jobId, new BatchResult(plan.bad().size(), 0, 0, plan.bad()));
            }
            if (plan.kind() == ImportKind.USERS) {
                inBatches(jobId, plan.users(), r -> 1, rows -> work.users(jobId, plan.source(), rows, dryRun),
                        row -> new BadRow(row.file(), row.line(), null, ""));
            } else {
                inBatches(jobId, units(plan), TicketUnit::rows, units -> work.tickets(jobId, plan.source(), units, dryRun),
                        unit -> unit.ticket() != null ? new BadRow(unit.ticket().file(), unit.ticket().line(), null, "")
                                : new BadRow(unit.messages().get(0).file(), unit.messages().get(0).line(), null, ""));
            }
            jobs.finish(jobId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + jobId + " stopped", e);
            jobs.fail(jobId, "The import stopped: " + reason(e));
        }
    }

    private static List<TicketUnit> units(ImportPlan plan) {
        var units = new ArrayList<TicketUnit>();
        for (var ticket : plan.tickets()) {
            units.add(new TicketUnit(ticket.externalId(), ticket, plan.messages().getOrDefault(ticket.externalId(), List.<MessageRow>of())));
        }
        plan.messagesOfOtherTickets().forEach((ticket, messages) -> units.add(new TicketUnit(ticket, null, messages)));
        return units;
    }

    /** Batches of about {@value #BATCH} rows; a failed batch again one item at a time. */
    private <T> void inBatches(long jobId, List<T> items, Function<T, Integer> rows, Function<List<T>, BatchResult> importer,
                               Function<T, BadRow> where) {
        int start = 0;
        while (start < items.size()) {
            int end = start;
            int size = 0;
            while (end < items.size() && (size == 0 || size + rows.apply(items.get(end)) <= BATCH)) {
                size += rows.apply(items.get(end));
                end++;
            }
            var batch = items.subList(start, end);
            try {
                jobs.count(jobId, importer.apply(batch));
            } catch (EJBException | BiletException e) {
                for (var item : batch) {
                    try {
                        jobs.count(jobId, importer.apply(List.of(item)));
                    } catch (EJBException | BiletException single) {
                        var at = where.apply(item);
                        int n = rows.apply(item);
                        jobs.count(jobId, new BatchResult(n, 0, 0,
                                List.of(new BadRow(at.file(), at.line(), null, "Bilet refused it: " + reason(single)))));
                    }
                }
            }
            start = end;
        }
    }

    private static String reason(Throwable e) {
        var cause = e;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof BiletException) {
            return cause.getMessage();
        }
        return "an unexpected error (" + cause.getClass().getSimpleName() + "); the server log has the details.";
    }
}
