package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bilet.imports.CsvTable;
import org.bilet.imports.ImportFile;
import org.bilet.imports.ImportJobInfo;
import org.bilet.imports.Imports;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.TooLargeException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imports of users and tickets from Request Tracker, osTicket and Zammad CSV exports: start one
 * (a dry run checks every row and writes nothing), follow its progress and bad rows, list the past
 * ones. README.md ("Importing from Request Tracker, osTicket or Zammad") has the column tables.
 */
@Path("admin/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration: imports", description = "Administrators only, as the administration screens.")
public class ImportResource {

    private static final Set<String> ROLES = Set.of("users", "tickets", "messages");

    @EJB
    Imports imports;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Start an import from files",
            description = "Parts: users (kind=users), or tickets and optionally messages (kind=tickets), each a UTF-8 CSV "
                    + "file as the source exports it. source: rt, osticket or zammad; dryRun: true checks every row and "
                    + "writes nothing; timeZone: the zone of times written without an offset (UTC by default). "
                    + "Unusable files (empty, not CSV, a missing column, over 20 MB) are 400 or 413 naming the file.")
    @APIResponse(responseCode = "202", description = "Started; Location is the job to follow",
            content = @Content(examples = @ExampleObject(name = "job", value = AdminExamples.IMPORT_JOB)))
    public Response startFromParts(@QueryParam("source") String source,
                                   @QueryParam("kind") String kind,
                                   @QueryParam("dryRun") @DefaultValue("false") String dryRun,
                                   @QueryParam("timeZone") String timeZone,
                                   List<EntityPart> parts) {
        var files = new ArrayList<ImportFile>();
        for (var part : parts) {
            var role = part.getName().toLowerCase(Locale.ROOT);
            if (role.equals("file")) {
                role = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
            }
            if (!ROLES.contains(role)) {
                throw InvalidInputException.of(part.getName(), "A part is named users, tickets or messages, not '" + part.getName() + "'.");
            }
            var name = part.getFileName().filter(n -> !n.isBlank()).orElse(role + ".csv");
            files.add(new ImportFile(role, name, read(name, part.getContent())));
        }
        return started(imports.start(source, kind, flag(dryRun), timeZone, files));
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Start an import of one file",
            description = "The body is one CSV file: the users (kind=users) or the tickets without messages (kind=tickets); "
                    + "fileName names it in the bad rows. Parameters as for the multipart form.")
    @APIResponse(responseCode = "202", description = "Started; Location is the job to follow",
            content = @Content(examples = @ExampleObject(name = "job", value = AdminExamples.IMPORT_JOB)))
    public Response startFromBody(@QueryParam("source") String source,
                                  @QueryParam("kind") String kind,
                                  @QueryParam("dryRun") @DefaultValue("false") String dryRun,
                                  @QueryParam("timeZone") String timeZone,
                                  @QueryParam("fileName") String fileName,
                                  InputStream body) {
        var role = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
        var name = fileName == null || fileName.isBlank() ? role + ".csv" : fileName.strip();
        return started(imports.start(source, kind, flag(dryRun), timeZone, List.of(new ImportFile(role, name, read(name, body)))));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An import's progress, counts and bad rows (the first 1000; bad is how many there are)")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(examples = @ExampleObject(name = "job", value = AdminExamples.IMPORT_JOB)))
    public ImportJobInfo find(@Parameter(description = "the job's id") @PathParam("id") String id) {
        return imports.find(QueryNumbers.parse("id", id));
    }

    @GET
    @Operation(summary = "The newest imports, newest first (without their bad rows)")
    public List<ImportJobInfo> list() {
        return imports.newest();
    }

    private Response started(ImportJobInfo job) {
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("admin/imports").path(Long.toString(job.id())).build()).build();
    }

    private static boolean flag(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false", "" -> false;
            default -> throw InvalidInputException.of("dryRun", "dryRun is true or false.");
        };
    }

    /** The file, up to the limit an import takes; more is refused as soon as it arrives. */
    private static byte[] read(String name, InputStream in) {
        try (in) {
            var content = in.readNBytes(CsvTable.MAX_BYTES + 1);
            if (content.length > CsvTable.MAX_BYTES) {
                throw new TooLargeException("The file " + name + " has more than " + CsvTable.MAX_BYTES / (1024 * 1024)
                        + " MB; split it into smaller files.");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
