package org.bilet.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.bilet.platform.BiletException;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.StaleVersionException;

/** A refusal from the services becomes the problem its kind stands for. */
@Provider
public class BiletExceptionMapper implements ExceptionMapper<BiletException> {

    /** What a client waiting for an unavailable service is told to wait before asking again. */
    static final int RETRY_AFTER_SECONDS = 30;

    @Override
    public Response toResponse(BiletException e) {
        if (e.kind() == BiletException.Kind.BROKEN_RULE) {
            return ProblemResponses.of(new Problem("about:blank", "Unprocessable Content", 422, e.getMessage(), fieldProblems(e)));
        }
        var status = switch (e.kind()) {
            case INVALID_INPUT, BROKEN_RULE -> Status.BAD_REQUEST;
            case FORBIDDEN -> Status.FORBIDDEN;
            case NOT_FOUND -> Status.NOT_FOUND;
            case CONFLICT -> Status.CONFLICT;
            case STALE -> Status.PRECONDITION_FAILED;
            case TOO_LARGE -> Status.REQUEST_ENTITY_TOO_LARGE;
            case UNAVAILABLE -> Status.SERVICE_UNAVAILABLE;
        };
        var response = ProblemResponses.of(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                e.getMessage(), fieldProblems(e)));
        if (e instanceof StaleVersionException stale) {
            return Response.fromResponse(response).tag(Versions.etag(stale.currentVersion())).build();
        }
        if (e.kind() == BiletException.Kind.UNAVAILABLE) {
            return Response.fromResponse(response).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        return response;
    }

    private static List<Problem.FieldProblem> fieldProblems(BiletException e) {
        return e instanceof InvalidInputException invalid
                ? invalid.errors().stream().map(f -> new Problem.FieldProblem(f.field(), f.message())).toList()
                : null;
    }
}
