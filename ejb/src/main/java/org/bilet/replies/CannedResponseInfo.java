package org.bilet.replies;

import java.io.Serializable;

/** An active canned response as agents pick it: the body is sanitized HTML with its placeholders unfilled. */
public record CannedResponseInfo(long id, String title, String body) implements Serializable {
}
