package org.bilet.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Refuses, before RESTEasy chooses a resource, two headers it would otherwise misread: an Accept
 * whose weights are malformed ({@code q=x}, {@code q=2}), on which its matching fails with an error
 * of its own, and a Content-Type that is a wildcard ({@code *}{@code /*}), which matches every
 * resource and lets any reader, even the multipart one, read the body. The rest of both headers is
 * RESTEasy's to read (one it cannot parse at all is a 400 from the error page).
 */
@Provider
@PreMatching
public class RequestHeadersFilter implements ContainerRequestFilter {

    /** RFC 9110: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ). */
    private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getHeaders().getOrDefault(HttpHeaders.ACCEPT, List.of()).stream().allMatch(RequestHeadersFilter::hasGoodWeights)) {
            request.abortWith(ProblemResponses.of(Problem.of(400, "Bad Request",
                    "The Accept header is malformed: a weight is q=0 to q=1, such as application/json;q=0.9.")));
        } else if (isWildcard(request.getMediaType())) {
            request.abortWith(ProblemResponses.of(Problem.of(415, "Unsupported Media Type",
                    "Content-Type says what the body is, such as application/json, not a pattern such as */*.")));
        }
    }

    static boolean hasGoodWeights(String accept) {
        for (var range : accept.split(",")) {
            var parameters = range.split(";");
            for (int i = 1; i < parameters.length; i++) {
                var parameter = parameters[i].strip();
                var equals = parameter.indexOf('=');
                var name = equals < 0 ? parameter : parameter.substring(0, equals).strip();
                if (name.equalsIgnoreCase("q") && (equals < 0 || !QVALUE.matcher(parameter.substring(equals + 1).strip()).matches())) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean isWildcard(MediaType contentType) {
        return contentType != null && (contentType.isWildcardType() || contentType.getSubtype().startsWith("*"));
    }
}
