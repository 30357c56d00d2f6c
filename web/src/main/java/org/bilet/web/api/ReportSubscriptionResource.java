package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.reports.delivery.DeliveryInfo;
import org.bilet.reports.delivery.ReportSubscriptions;
import org.bilet.reports.delivery.SubscriptionInfo;

/** Managers' subscriptions to scheduled reports, and the log of what was delivered for them. */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class ReportSubscriptionResource {

    @EJB
    ReportSubscriptions subscriptions;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uri;

    @GET
    @Path("subscriptions")
    public List<SubscriptionInfo> list() {
        return subscriptions.mine();
    }

    @GET
    @Path("subscriptions/{id: [0-9]{1,18}}")
    public Response get(@PathParam("id") long id) {
        var found = subscriptions.find(id);
        return Response.ok(found).tag(Versions.etag(found.version())).build();
    }

    @POST
    @Path("subscriptions")
    public Response create(SubscriptionBody body) {
        var created = subscriptions.create(definition(body));
        return Response.created(uri.getBaseUriBuilder().path("reports/subscriptions/" + created.id()).build())
                .entity(created).tag(Versions.etag(created.version())).build();
    }

    @PUT
    @Path("subscriptions/{id: [0-9]{1,18}}")
    public Response change(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, SubscriptionBody body) {
        var changed = subscriptions.update(id, Versions.required(ifMatch, "subscription"), definition(body));
        return Response.ok(changed).tag(Versions.etag(changed.version())).build();
    }

    @DELETE
    @Path("subscriptions/{id: [0-9]{1,18}}")
    public void delete(@PathParam("id") long id) {
        subscriptions.delete(id);
    }

    /** The deliveries, newest first; of one subscription with {@code subscription}. */
    @GET
    @Path("deliveries")
    public List<DeliveryInfo> deliveries(@QueryParam("subscription") String subscription,
                                         @QueryParam("page") @DefaultValue("0") String page,
                                         @QueryParam("size") @DefaultValue("50") String size) {
        int pageNumber = QueryNumbers.parse("page", page);
        int pageSize = QueryNumbers.parse("size", size);
        if (pageNumber < 0 || pageSize < 1 || pageSize > 200) {
            throw org.bilet.platform.InvalidInputException.of(pageNumber < 0 ? "page" : "size",
                    pageNumber < 0 ? "page counts from 0." : "size is from 1 to 200.");
        }
        Long only = subscription == null || subscription.isBlank() ? null : (long) QueryNumbers.parse("subscription", subscription);
        return subscriptions.deliveries(only, pageNumber * pageSize, pageSize);
    }

    private org.bilet.reports.delivery.SubscriptionDefinition definition(SubscriptionBody body) {
        if (body == null) {
            throw org.bilet.platform.InvalidInputException.of("report", "Send the subscription as a JSON object.");
        }
        var me = currentUser.get();
        return body.definition(me.timeZone(), Locale.forLanguageTag(me.locale()));
    }
}
