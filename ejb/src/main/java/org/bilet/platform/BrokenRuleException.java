package org.bilet.platform;

import java.util.List;

/**
 * Input that is well-formed but that a workflow rule refuses in the ticket's present state, such as
 * closing an unresolved ticket without a closing note (HTTP 422). It names the field to fill in,
 * so screens show it like any invalid input.
 */
public class BrokenRuleException extends InvalidInputException {

    public BrokenRuleException(String field, String message) {
        super(List.of(new FieldError(field, message)));
    }

    @Override
    public Kind kind() {
        return Kind.BROKEN_RULE;
    }
}
