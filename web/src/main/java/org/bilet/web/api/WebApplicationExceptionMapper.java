package org.bilet.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path, wrong method or media type) as problems too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        var status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return new UnexpectedExceptionMapper().toResponse(e);
        }
        var detail = switch (status.getStatusCode()) {
            case 403 -> "Your role does not allow this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not support that HTTP method.";
            case 406 -> "This address answers in JSON only.";
            case 415 -> "Send the request body as JSON (Content-Type: application/json).";
            default -> e.getMessage();
        };
        return ProblemResponses.of(Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail));
    }
}
