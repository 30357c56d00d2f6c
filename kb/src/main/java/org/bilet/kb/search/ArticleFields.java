package org.bilet.kb.search;

import java.util.List;

/**
 * The names of an article's fields in the index: one document per article, holding only its
 * published versions. Its title and body go into text groups named like a ticket's (a field per
 * language, filled with the version in that language, and the folded and prefix fields, filled with
 * every published version), so that {@link TextQueries} and {@link TextAnalysis} serve both.
 */
final class ArticleFields {

    static final String VISIBILITY = "visibility";
    static final String CATEGORY = "category";
    static final String TAGS = "tags";
    /** The languages it is published in; an article without any is in the index but never found. */
    static final String LANGUAGE = "language";

    static final String TITLE = "title";
    static final String BODY = "body";
    static final List<String> GROUPS = List.of(TITLE, BODY);

    private ArticleFields() {
    }
}
