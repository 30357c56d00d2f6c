package org.bilet.web.api;

import org.bilet.platform.InvalidInputException;

/**
 * Whole numbers from the query string. JAX-RS answers a query parameter it cannot convert with 404;
 * a mistyped number is bad input, so it gets a 400 that names the parameter.
 */
final class QueryNumbers {

    private QueryNumbers() {
    }

    static int parse(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, name + " must be a whole number, not '" + Problem.shown(value) + "'.");
        }
    }
}
