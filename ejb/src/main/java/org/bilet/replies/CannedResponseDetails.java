package org.bilet.replies;

import java.io.Serializable;
import java.util.Map;

/**
 * A canned response as administrators manage it, active or not, with its title and body in other
 * languages (language to text).
 */
public record CannedResponseDetails(long id, String title, String body, boolean active, Map<String, String> titleTranslations,
                                    Map<String, String> bodyTranslations) implements Serializable {

    static CannedResponseDetails of(CannedResponse r) {
        return new CannedResponseDetails(r.id(), r.title(), r.body(), r.active(), r.titleTranslations().asMap(),
                r.bodyTranslations().asMap());
    }
}
