package org.bilet.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} lists every invalid field of a rejected request.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldProblem(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }

    /** The caller's own text as a problem quotes it back: at most 40 characters. */
    public static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
