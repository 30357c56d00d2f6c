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

    /** The problem for a status when nothing more is known than the status, as the server or RESTEasy refuses. */
    public static Problem standard(int status) {
        return Problem.of(status, titleOf(status), switch (status) {
            case 400 -> "The request is malformed: check that the address is percent-encoded UTF-8 and that headers"
                    + " such as Content-Type and Accept are well-formed.";
            case 401 -> "Sign in: send HTTP Basic credentials or a Bearer API token.";
            case 403 -> "Your role does not allow this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not support that HTTP method.";
            case 406 -> "This address answers in JSON only.";
            case 413 -> "The request is too large.";
            case 415 -> "Send the request body as JSON (Content-Type: application/json).";
            default -> status >= 500 ? "Something went wrong on our side." : "The request cannot be served as sent.";
        });
    }

    /** For code that runs before JAX-RS, such as authentication. */
    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        write(response, Problem.of(status, title, detail));
    }

    static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(new JsonbConfiguration().getContext(Problem.class).toJson(problem));
        response.getWriter().flush();
    }

    private static String titleOf(int status) {
        var known = Response.Status.fromStatusCode(status);
        return known == null ? (status >= 500 ? "Server Error" : "Client Error") : known.getReasonPhrase();
    }
}
