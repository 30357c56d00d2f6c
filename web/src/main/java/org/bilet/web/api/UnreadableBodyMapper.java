package org.bilet.web.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that cannot be read as the JSON we expect is the client's mistake (400), not ours; the
 * JSON provider reports it wrapped in a ProcessingException.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return ProblemResponses.of(Response.Status.BAD_REQUEST,
                        "The request body is not JSON of the expected shape: " + rootMessage(e)
                                + ". Compare it with the OpenAPI document at /openapi.");
            }
        }
        return new UnexpectedExceptionMapper().toResponse(e);
    }

    private static String rootMessage(Throwable e) {
        var root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage().replaceFirst("^Internal error: ", "");
    }
}
