package org.bilet.web.kb.edit;

import org.bilet.kb.article.ReviewRules;
import org.bilet.kb.article.VersionInfo;
import org.bilet.kb.article.VersionState;

/**
 * Which moves of the review the screen offers for a language's newest version, to whom: the same
 * rules the services enforce ({@code ArticleVersion}), so a button is not offered only to be
 * refused. The services check again; a refusal still shows.
 *
 * @param selfReview the caller wrote the version and administrators do not allow approving one's own
 */
public record ReviewMoves(boolean edit, boolean submit, boolean approve, boolean selfReview, boolean sendBack, boolean publish,
                   boolean publishReserved, boolean archive, boolean newDraft) {

    static final ReviewMoves NONE = new ReviewMoves(false, false, false, false, false, false, false, false, false);

    static ReviewMoves of(VersionInfo newest, String me, boolean admin, ReviewRules rules) {
        if (newest == null) {
            return NONE;
        }
        var state = newest.state();
        boolean own = me.equals(newest.author());
        boolean selfReview = state == VersionState.IN_REVIEW && own && !rules.selfApproval();
        boolean mayPublish = admin || rules.editorsPublish();
        return new ReviewMoves(
                state == VersionState.DRAFT,
                state == VersionState.DRAFT,
                state == VersionState.IN_REVIEW,
                selfReview,
                state == VersionState.IN_REVIEW || state == VersionState.APPROVED,
                state == VersionState.APPROVED && mayPublish,
                state == VersionState.APPROVED && !mayPublish,
                state != VersionState.ARCHIVED,
                state == VersionState.PUBLISHED || state == VersionState.ARCHIVED);
    }

    /** The approve button is offered but cannot be pressed: the caller wrote the version. */
    public boolean approveDisabled() {
        return selfReview;
    }
}
