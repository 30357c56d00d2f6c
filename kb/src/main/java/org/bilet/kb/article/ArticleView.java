package org.bilet.kb.article;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a reader gets: the published version in their language, or with {@code fallback} true the
 * one the article falls back to ({@code requestedLanguage} is what they asked for), and the
 * related articles they may read.
 */
public record ArticleView(long id, String language, boolean fallback, String requestedLanguage, String title, String body,
                          long category, String categoryName, Visibility visibility, List<String> tags,
                          List<String> languages, List<Related> related, int number, Instant publishedAt, long version) implements Serializable {

    public record Related(long id, String title) implements Serializable {
    }
}
