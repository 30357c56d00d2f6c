package org.bilet.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (unknown path, wrong method or media type) as problems too, worded by their
 * status, never with RESTEasy's message; a refusal that already carries its problem is kept.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(WebApplicationException e) {
        var refusal = e.getResponse();
        if (refusal.getStatus() == 403 && security.getUserPrincipal() == null) {
            return SignInRequiredMapper.signIn();
        }
        if (refusal.getStatus() >= 500) {
            return new UnexpectedExceptionMapper().toResponse(e);
        }
        if (refusal.getStatus() < 400 || refusal.getEntity() instanceof Problem) {
            return refusal;
        }
        var problem = ProblemResponses.of(ProblemResponses.standard(refusal.getStatus()));
        var allow = refusal.getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
    }
}
