package org.bilet.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;

/**
 * Imports for administrators: start one (its files are read at once, so an unusable file or a
 * missing column is refused before any job exists), follow it, list the past ones.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Imports {

    /** The most jobs {@link #newest} lists. */
    public static final int LISTED = 50;

    @EJB
    ImportJobs jobs;

    @EJB
    ImportRunner runner;

    /**
     * Reads the files and starts the job; it runs on. {@code timeZone} is the zone of times the
     * export wrote without an offset (UTC when null).
     */
    public ImportJobInfo start(String source, String kind, boolean dryRun, String timeZone, @NotNull List<ImportFile> files) {
        var importSource = ImportSource.byKey(source).orElseThrow(() -> InvalidInputException.of("source",
                "There is no source '" + source + "'; use one of rt, osticket, zammad."));
        ImportKind importKind;
        try {
            importKind = ImportKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("kind", "There is no kind '" + kind + "'; use users or tickets.");
        }
        ZoneId zone;
        try {
            zone = timeZone == null || timeZone.isBlank() ? ZoneOffset.UTC : ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw InvalidInputException.of("timeZone", "There is no time zone '" + timeZone + "'; use a name like Europe/Warsaw.");
        }
        if (files.isEmpty()) {
            throw InvalidInputException.of("file", "Send the file to import.");
        }
        var plan = ImportPlan.read(importSource, importKind, zone, files);
        long id = jobs.create(plan, dryRun);
        runner.run(id, plan, dryRun);
        return jobs.find(id);
    }

    public ImportJobInfo find(long id) {
        return jobs.find(id);
    }

    public List<ImportJobInfo> newest() {
        return jobs.newest(LISTED);
    }
}
