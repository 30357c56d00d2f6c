package org.bilet.platform;

import java.util.List;

/**
 * Input that names something another one already has (a username, an e-mail address, a key): the
 * fields are as wrong as any invalid input, so forms show them at the field, but the request is in
 * conflict with what exists (HTTP 409), not malformed.
 */
public class DuplicateException extends InvalidInputException {

    public DuplicateException(List<FieldError> errors) {
        super(errors);
    }

    public static DuplicateException of(String field, String message) {
        return new DuplicateException(List.of(new FieldError(field, message)));
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
