package org.bilet.web.api;

import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.bilet.platform.InvalidInputException;

/**
 * For resources that tell well-formed but meaningless input (an unknown mode, an agent outside
 * the team) from unreadable input: the former is a 422 problem listing every field, the latter
 * stays the 400 of {@link UnreadableBodyMapper}.
 */
final class Unprocessable {

    private Unprocessable() {
    }

    static Response unlessValid(Supplier<Response> call) {
        try {
            return call.get();
        } catch (InvalidInputException e) {
            var errors = e.errors().stream().map(f -> new Problem.FieldProblem(f.field(), f.message())).toList();
            return ProblemResponses.of(new Problem("about:blank", "Unprocessable Content", 422, e.getMessage(), errors));
        }
    }
}
