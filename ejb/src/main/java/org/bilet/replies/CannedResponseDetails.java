package org.bilet.replies;

/** A canned response as administrators manage it, active or not. */
public record CannedResponseDetails(long id, String title, String body, boolean active) {

    static CannedResponseDetails of(CannedResponse r) {
        return new CannedResponseDetails(r.id(), r.title(), r.body(), r.active());
    }
}
