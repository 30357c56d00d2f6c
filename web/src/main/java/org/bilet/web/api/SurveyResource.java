package org.bilet.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bilet.reports.csat.SurveyView;
import org.bilet.reports.csat.Surveys;

/**
 * A satisfaction survey opened by the token of the link in a resolution mail, without signing in
 * (web.xml leaves {@code /api/surveys/*} open): the token proves who may answer, and only for its
 * ticket. It shows the ticket's number and subject and the survey, nothing else. Unknown or
 * malformed tokens are 404, an expired link 410, a rating no longer changeable 422.
 */
@Path("surveys/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class SurveyResource {

    @EJB
    Surveys surveys;

    @GET
    public SurveyView get(@PathParam("token") String token) {
        return surveys.byToken(token);
    }

    @POST
    public SurveyView answer(@PathParam("token") String token, SurveyAnswer answer) {
        return surveys.answerByToken(token, answer.rating(), answer.comment());
    }
}
