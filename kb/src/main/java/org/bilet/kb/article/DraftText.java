package org.bilet.kb.article;

/**
 * The words of a draft as a writer sends them. A new draft's language is given here (or by the
 * address, for a translation); without title and body a new draft starts from the published text.
 */
public record DraftText(String language, String title, String body, String changeNote) {
}
