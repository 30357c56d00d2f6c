package org.bilet.web.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.bilet.web.api.BiletApi;

/**
 * Times every API request that matched a resource method, from matching (after authentication) to
 * the response's headers, as {@code bilet_api_request_seconds{method,endpoint,status}}: count, sum
 * and max. No histogram buckets: the registry WildFly gives the deployment takes only the shorthand
 * {@code timer(name, tags)}, whose distribution it configures itself (none). Requests that match nothing (404,
 * 405) are not timed: their addresses are the caller's, not Bilet's.
 */
@Provider
@ApplicationScoped
public class ApiLatency implements ContainerRequestFilter, ContainerResponseFilter {

    static final String TIMER = "bilet.api.request";
    private static final String STARTED = ApiLatency.class.getName() + ".started";
    private static final String ENDPOINT = ApiLatency.class.getName() + ".endpoint";

    @Inject
    MeterRegistry registry;

    @Context
    ResourceInfo resource;

    private final Map<Method, String> templates = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        var method = resource.getResourceMethod();
        var type = resource.getResourceClass();
        if (method == null || type == null) {
            return;
        }
        request.setProperty(ENDPOINT, templates.computeIfAbsent(method, m -> EndpointTemplate.of(BiletApi.class, type, m)));
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(STARTED) instanceof Long started) || !(request.getProperty(ENDPOINT) instanceof String endpoint)) {
            return;
        }
        registry.timer(TIMER, "method", request.getMethod(), "endpoint", endpoint, "status", Integer.toString(response.getStatus()))
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
}
