package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bilet.people.Roles;
import org.bilet.sla.SlaExplainer;
import org.bilet.sla.SlaExplanation;

/** A ticket's SLA explained: the policy, the calendar, and each promise's clock move by move. Staff only. */
@Path("tickets/{number}/sla")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class TicketSlaResource {

    @EJB
    SlaExplainer explainer;

    @GET
    public SlaExplanation explain(@PathParam("number") String number) {
        return explainer.explain(number);
    }
}
