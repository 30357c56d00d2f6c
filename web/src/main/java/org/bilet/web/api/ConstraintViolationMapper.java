package org.bilet.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.stream.StreamSupport;

/** Bean Validation failures, on resources or services, become a 400 listing every field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldProblem(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldProblem::field))
                .toList();
        var detail = errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are invalid.";
        return ProblemResponses.of(new Problem("about:blank", "Bad Request", 400, detail, errors));
    }

    /** "open.request.subject" becomes "subject": the name a client knows. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER)
                .reduce((first, second) -> second.getKind() == ElementKind.PROPERTY ? second : first)
                .map(Path.Node::getName)
                .orElse("request");
    }
}
