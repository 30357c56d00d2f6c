package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bilet.people.Roles;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.reports.csat.SurveyView;
import org.bilet.reports.csat.Surveys;

/**
 * A ticket's satisfaction survey: staff and the requester read it (404 when the ticket was not
 * asked about yet); only the requester answers it, as in the portal.
 */
@Path("tickets/{number}/survey")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class TicketSurveyResource {

    @EJB
    Surveys surveys;

    @GET
    public SurveyView get(@PathParam("number") String number) {
        return surveys.ofTicket(number)
                .orElseThrow(() -> new ResourceNotFoundException("There is no survey of " + number + " that you can see."));
    }

    @POST
    public SurveyView answer(@PathParam("number") String number, SurveyAnswer answer) {
        return surveys.answer(number, answer.rating(), answer.comment());
    }
}
