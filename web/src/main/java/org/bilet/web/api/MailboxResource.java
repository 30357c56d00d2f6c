package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.bilet.channels.intake.MailboxInfo;
import org.bilet.channels.intake.MailboxPoller;
import org.bilet.channels.intake.MailboxSettings;
import org.bilet.channels.intake.Mailboxes;
import org.bilet.channels.intake.ReceivedMailInfo;
import org.bilet.people.Roles;
import org.bilet.platform.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The mailboxes Bilet reads, for administrators: set up, change (If-Match), remove, check now, and
 * each one's log of what it took in. The password is accepted, never returned: a mailbox says only
 * {@code passwordSet}.
 */
@Path("admin/mailboxes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration: mailboxes", description = "Administrators only, as the administration screens.")
public class MailboxResource {

    @EJB
    Mailboxes mailboxes;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Every mailbox, by address, with how its last poll went")
    public List<MailboxInfo> list() {
        return mailboxes.all();
    }

    @POST
    @Operation(summary = "Read a new mailbox", description = "A bad setting: 400 naming it; an address Bilet reads already: 409.")
    public Response create(MailboxSettings settings) {
        var created = mailboxes.create(settings);
        return Versions.created(uri.getAbsolutePathBuilder().path(Long.toString(created.value().id())).build(), created);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One mailbox; the ETag is its version")
    public Response get(@PathParam("id") long id) {
        return Versions.ok(mailboxes.read(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a mailbox (If-Match required); without a password the stored one stays")
    public Response change(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, MailboxSettings settings) {
        return Versions.ok(mailboxes.change(id, Versions.required(ifMatch, "mailbox"), settings));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Stop reading a mailbox; its log stays")
    public void delete(@PathParam("id") long id) {
        mailboxes.delete(id);
    }

    @POST
    @Path("{id}/poll")
    @Operation(summary = "Read the mailbox now", description = "Answers what the poll did; ran = false when another poll is reading it.")
    public MailboxPoller.Poll poll(@PathParam("id") long id) {
        return mailboxes.pollNow(id);
    }

    @GET
    @Path("{id}/log")
    @Operation(summary = "What the mailbox took in, newest first")
    public Page<ReceivedMailInfo> log(@PathParam("id") long id,
                                      @QueryParam("page") @DefaultValue("0") String page,
                                      @QueryParam("size") @DefaultValue("20") String size) {
        return mailboxes.log(id, QueryNumbers.parse("page", page), QueryNumbers.parse("size", size));
    }
}
