package org.bilet.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * The EJB container wraps what a service throws; the cause decides the response. A refused role
 * is a 403.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    @Context
    Providers providers;

    @Context
    SecurityContext security;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(EJBException e) {
        if (e instanceof EJBAccessException) {
            // Only the knowledge base's public reads let someone not signed in this far.
            if (security.getUserPrincipal() == null) {
                return SignInRequiredMapper.signIn();
            }
            return ProblemResponses.of(Response.Status.FORBIDDEN, "Your role does not allow this.");
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e.getCausedByException();
        while (cause instanceof EJBException wrapped && wrapped.getCause() != null) {
            cause = wrapped.getCause();
        }
        if (cause == null || cause instanceof EJBException) {
            return new UnexpectedExceptionMapper().toResponse(e);
        }
        ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
        return mapper == null ? new UnexpectedExceptionMapper().toResponse(cause) : mapper.toResponse(cause);
    }
}
