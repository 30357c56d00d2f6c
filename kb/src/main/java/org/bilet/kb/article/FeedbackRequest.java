package org.bilet.kb.article;

/** "Was this helpful?": yes or no, an optional comment, and the language read (default: the reader's, else the original). */
public record FeedbackRequest(Boolean helpful, String comment, String language) {
}
