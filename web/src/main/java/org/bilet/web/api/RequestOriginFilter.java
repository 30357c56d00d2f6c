package org.bilet.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.bilet.platform.RequestOrigin;
import org.bilet.tickets.Channel;

/** Every API request is the API channel, from the client's address; the history records both. */
@Provider
public class RequestOriginFilter implements ContainerRequestFilter {

    @Inject
    RequestOrigin origin;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        origin.set(Channel.API, request.getRemoteAddr());
    }
}
