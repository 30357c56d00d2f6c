package org.bilet.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything else is our fault: logged with a reference, and never shown as a stack trace. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        var reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + reference, e);
        return ProblemResponses.of(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Please report reference " + reference + ".");
    }
}
