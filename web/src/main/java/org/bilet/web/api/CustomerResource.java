package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bilet.people.Roles;
import org.bilet.platform.Page;
import org.bilet.tickets.ActivityEntry;
import org.bilet.tickets.CustomerProfile;
import org.bilet.tickets.CustomerRecords;
import org.bilet.tickets.TicketSummary;

/**
 * The customer view for staff: a person (by username) or an organization (by id, with its
 * departments), their tickets newest first, paged, and their recent activity across channels.
 */
@Path("customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class CustomerResource {

    @EJB
    CustomerRecords records;

    @GET
    @Path("people/{username}")
    public CustomerProfile person(@PathParam("username") String username) {
        return records.person(username);
    }

    @GET
    @Path("people/{username}/tickets")
    public Page<TicketSummary> ticketsOfPerson(@PathParam("username") String username,
                                               @QueryParam("page") @DefaultValue("0") String page,
                                               @QueryParam("size") @DefaultValue("20") String size) {
        return records.ticketsOfPerson(username, QueryNumbers.parse("page", page), QueryNumbers.parse("size", size));
    }

    @GET
    @Path("people/{username}/activity")
    public List<ActivityEntry> activityOfPerson(@PathParam("username") String username,
                                                @QueryParam("limit") @DefaultValue("30") String limit) {
        return records.activityOfPerson(username, QueryNumbers.parse("limit", limit));
    }

    @GET
    @Path("organizations/{id}")
    public CustomerProfile organization(@PathParam("id") long id) {
        return records.organization(id);
    }

    @GET
    @Path("organizations/{id}/tickets")
    public Page<TicketSummary> ticketsOfOrganization(@PathParam("id") long id,
                                                     @QueryParam("page") @DefaultValue("0") String page,
                                                     @QueryParam("size") @DefaultValue("20") String size) {
        return records.ticketsOfOrganization(id, QueryNumbers.parse("page", page), QueryNumbers.parse("size", size));
    }

    @GET
    @Path("organizations/{id}/activity")
    public List<ActivityEntry> activityOfOrganization(@PathParam("id") long id,
                                                      @QueryParam("limit") @DefaultValue("30") String limit) {
        return records.activityOfOrganization(id, QueryNumbers.parse("limit", limit));
    }
}
