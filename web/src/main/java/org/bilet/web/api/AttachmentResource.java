package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.bilet.people.Roles;
import org.bilet.tickets.attachments.AttachmentInfo;
import org.bilet.tickets.attachments.TicketAttachments;

/**
 * Files of a ticket. Upload the raw bytes with the file name in {@code Content-Disposition}
 * (or {@code ?fileName=}), and {@code ?message=id} to attach them to a reply or note; the stored
 * content type is detected from the bytes.
 */
@Path("tickets/{number}/attachments")
@RequestScoped
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class AttachmentResource {

    private static final Pattern FILENAME = Pattern.compile("filename\\s*=\\s*\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    @EJB
    TicketAttachments attachments;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<AttachmentInfo> list(@PathParam("number") String number) {
        return attachments.list(number);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response attach(@PathParam("number") String number,
                           @HeaderParam("Content-Disposition") String disposition,
                           @QueryParam("fileName") String fileName,
                           @QueryParam("message") String messageId,
                           InputStream content) {
        var message = messageId == null ? null : (long) QueryNumbers.parse("message", messageId);
        var info = attachments.attach(number, message, fileName != null ? fileName : fileNameOf(disposition), content);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(info.id())).build()).entity(info).build();
    }

    @GET
    @Path("{id}")
    public Response download(@PathParam("number") String number, @PathParam("id") long id) {
        var attachment = attachments.open(number, id);
        var info = attachment.info();
        var encoded = URLEncoder.encode(info.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok((StreamingOutput) out -> Files.copy(attachment.file(), out))
                .type(info.contentType())
                .header("Content-Length", info.size())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .tag(info.sha256())
                .build();
    }

    private static String fileNameOf(String disposition) {
        if (disposition == null) {
            return null;
        }
        var matcher = FILENAME.matcher(disposition);
        return matcher.find() ? matcher.group(1) : null;
    }
}
