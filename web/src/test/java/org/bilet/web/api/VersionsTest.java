package org.bilet.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.bilet.platform.BiletException;
import org.bilet.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void the_etag_as_the_api_sent_it_names_the_version() {
        assertThat(Versions.fromIfMatch("\"7\"")).isEqualTo(7);
        assertThat(Versions.fromIfMatch(" \"0\" ")).isZero();
    }

    @Test
    void a_weak_etag_never_matches() {
        assertThat(preconditionFailed("W/\"7\"")).contains("weak ETag");
    }

    @Test
    void a_quoted_tag_that_is_not_a_version_as_written_never_matches() {
        for (var other : new String[] {"\"abc\"", "\"007\"", "\"-7\"", "\"\"", "\"99999999999999999999\""}) {
            assertThat(preconditionFailed(other)).as(other).contains("not an ETag of this ticket");
        }
    }

    @Test
    void what_is_no_entity_tag_is_malformed() {
        for (var malformed : new String[] {"7", "W/7", "*", "\"7\", \"8\"", "\"7 \"", "'7'", "\"7", "\"a\"b\""}) {
            var refused = catchThrowableOfType(InvalidInputException.class, () -> Versions.fromIfMatch(malformed));
            assertThat(refused).as(malformed).isNotNull();
            assertThat(refused.errors().get(0).field()).isEqualTo("If-Match");
        }
    }

    private static String preconditionFailed(String ifMatch) {
        var refused = catchThrowableOfType(Versions.NotMatching.class, () -> Versions.fromIfMatch(ifMatch));
        assertThat(refused).as(ifMatch).isNotNull();
        assertThat(refused.kind()).isEqualTo(BiletException.Kind.STALE);
        return refused.getMessage();
    }
}
