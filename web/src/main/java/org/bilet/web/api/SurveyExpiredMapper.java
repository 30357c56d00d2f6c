package org.bilet.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.bilet.reports.csat.SurveyExpiredException;

/** An expired survey link is gone for good: 410, more precise than the conflict it is to the services. */
@Provider
public class SurveyExpiredMapper implements ExceptionMapper<SurveyExpiredException> {

    @Override
    public Response toResponse(SurveyExpiredException e) {
        return ProblemResponses.of(Problem.of(410, "Gone", e.getMessage()));
    }
}
