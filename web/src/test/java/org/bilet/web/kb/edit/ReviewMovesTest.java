package org.bilet.web.kb.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.bilet.kb.article.ReviewRules;
import org.bilet.kb.article.VersionInfo;
import org.bilet.kb.article.VersionState;
import org.junit.jupiter.api.Test;

class ReviewMovesTest {

    private static VersionInfo version(VersionState state, String author) {
        return new VersionInfo(1, 1, "en", state, "Title", null, null, author, Instant.EPOCH, null, null, null, null, 0);
    }

    @Test
    void a_draft_is_edited_and_submitted() {
        var moves = ReviewMoves.of(version(VersionState.DRAFT, "editor"), "editor", false, ReviewRules.STRICT);
        assertThat(moves.edit()).isTrue();
        assertThat(moves.submit()).isTrue();
        assertThat(moves.approve()).isFalse();
        assertThat(moves.archive()).isTrue();
    }

    @Test
    void the_author_sees_approve_disabled_unless_administrators_allow_it() {
        var strict = ReviewMoves.of(version(VersionState.IN_REVIEW, "editor"), "editor", false, ReviewRules.STRICT);
        assertThat(strict.approve()).isTrue();
        assertThat(strict.approveDisabled()).isTrue();
        var allowed = ReviewMoves.of(version(VersionState.IN_REVIEW, "editor"), "editor", false, new ReviewRules(false, true));
        assertThat(allowed.approveDisabled()).isFalse();
        var other = ReviewMoves.of(version(VersionState.IN_REVIEW, "editor"), "editor2", false, ReviewRules.STRICT);
        assertThat(other.approveDisabled()).isFalse();
        assertThat(other.sendBack()).isTrue();
    }

    @Test
    void administrators_publish_and_editors_when_delegated() {
        var approved = version(VersionState.APPROVED, "editor");
        assertThat(ReviewMoves.of(approved, "editor2", false, ReviewRules.STRICT).publish()).isFalse();
        assertThat(ReviewMoves.of(approved, "editor2", false, ReviewRules.STRICT).publishReserved()).isTrue();
        assertThat(ReviewMoves.of(approved, "admin", true, ReviewRules.STRICT).publish()).isTrue();
        assertThat(ReviewMoves.of(approved, "editor2", false, new ReviewRules(true, false)).publish()).isTrue();
    }

    @Test
    void a_published_version_offers_a_new_draft_and_nothing_offers_nothing() {
        var published = ReviewMoves.of(version(VersionState.PUBLISHED, "editor"), "editor", false, ReviewRules.STRICT);
        assertThat(published.newDraft()).isTrue();
        assertThat(published.edit()).isFalse();
        assertThat(ReviewMoves.of(null, "editor", false, ReviewRules.STRICT)).isEqualTo(ReviewMoves.NONE);
    }
}
