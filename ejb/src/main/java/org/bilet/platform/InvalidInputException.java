package org.bilet.platform;

import java.util.List;
import java.util.Objects;

/** Input that breaks a rule; lists every offending field so a form can show them all at once. */
public class InvalidInputException extends BiletException {

    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are invalid");
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(Objects.requireNonNull(field), message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Kind kind() {
        return Kind.INVALID_INPUT;
    }
}
