package org.bilet.kb.article;

/**
 * Where a version stands: written (DRAFT), waiting for a reviewer (IN_REVIEW), approved and waiting
 * to be published (APPROVED), what readers get (PUBLISHED, one per language), or done with
 * (ARCHIVED). The moves are {@link ArticleVersion}'s methods.
 */
public enum VersionState {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED, ARCHIVED;

    /** Still on its way to readers: a language has at most one such version. */
    public boolean isOpen() {
        return this == DRAFT || this == IN_REVIEW || this == APPROVED;
    }
}
