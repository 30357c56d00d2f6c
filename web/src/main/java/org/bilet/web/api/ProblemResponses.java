package org.bilet.web.api;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Builds problem responses, for JAX-RS and for the servlet layer alike. */
public final class ProblemResponses {


    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response of(Response.Status status, String detail) {
        return of(Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail));
    }

    /** For code that runs before JAX-RS, such as authentication. */
    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(new JsonbConfiguration().getContext(Problem.class).toJson(Problem.of(status, title, detail)));
        response.getWriter().flush();
    }
}
