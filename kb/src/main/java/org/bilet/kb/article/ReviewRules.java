package org.bilet.kb.article;

import java.io.Serializable;

/**
 * What administrators allow in the review: whether editors publish as administrators do
 * ("delegate publishing"), and whether an author may approve their own version.
 */
public record ReviewRules(boolean editorsPublish, boolean selfApproval) implements Serializable {

    /** As a new installation starts: administrators publish, and nobody approves their own work. */
    public static final ReviewRules STRICT = new ReviewRules(false, false);
}
