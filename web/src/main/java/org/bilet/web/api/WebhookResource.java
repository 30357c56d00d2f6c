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
import org.bilet.people.Roles;
import org.bilet.platform.Page;
import org.bilet.webhooks.WebhookDefinition;
import org.bilet.webhooks.WebhookDeliveryInfo;
import org.bilet.webhooks.WebhookInfo;
import org.bilet.webhooks.Webhooks;

/**
 * Webhooks for administrators: {@code {"url", "events", "secret", "active", "includeInternal"}};
 * the secret is written, never returned. Each hook's delivery log is paged newest first.
 */
@Path("admin/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    @EJB
    Webhooks webhooks;

    @Context
    UriInfo uri;

    @GET
    public List<WebhookInfo> list() {
        return webhooks.list();
    }

    @POST
    public Response create(WebhookDefinition definition) {
        var created = webhooks.create(definition);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        var hook = webhooks.find(id);
        return Response.ok(hook).tag(Versions.etag(hook.version())).build();
    }

    /** Replaces the definition (If-Match required); without a secret the hook keeps its own. */
    @PUT
    @Path("{id}")
    public Response change(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, WebhookDefinition definition) {
        var changed = webhooks.change(id, Versions.required(ifMatch, "webhook"), definition);
        return Response.ok(changed).tag(Versions.etag(changed.version())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    public Page<WebhookDeliveryInfo> deliveries(@PathParam("id") long id,
                                                @QueryParam("page") @DefaultValue("0") String page,
                                                @QueryParam("size") @DefaultValue("20") String size) {
        return webhooks.deliveries(id, QueryNumbers.parse("page", page), QueryNumbers.parse("size", size));
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/retry")
    public WebhookDeliveryInfo retry(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return webhooks.retry(id, deliveryId);
    }
}
