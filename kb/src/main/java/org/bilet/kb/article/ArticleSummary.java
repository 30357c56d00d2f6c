package org.bilet.kb.article;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * A line of a list of articles. Readers get the title in their language (or, with
 * {@code fallback}, in the one it falls back to) and, from a search, a snippet and the score;
 * editors also get each language's newest version and its state ({@code lines}).
 */
public record ArticleSummary(long id, String title, String language, Boolean fallback, long category,
                             Visibility visibility, String originalLanguage, List<String> languages,
                             List<Line> lines, String snippet, Float score) implements Serializable {

    /** A language's newest version. */
    public record Line(String language, int number, VersionState state) implements Serializable {
    }

    /** As a reader of the language sees it; null when nothing of it is published. */
    public static ArticleSummary forReader(Article a, String language, String snippet, Float score) {
        var shown = a.readableIn(language).orElse(null);
        if (shown == null) {
            return null;
        }
        return new ArticleSummary(a.id(), shown.title(), shown.language(), !shown.language().equals(language) ? Boolean.TRUE : null,
                a.category().id(), a.visibility(), a.originalLanguage(), a.publishedLanguages(), null, snippet, score);
    }

    /** As editors see it: titled by the newest version of the original language. */
    public static ArticleSummary forEditor(Article a) {
        var versions = a.versions();
        var newest = versions.stream().filter(v -> v.language().equals(a.originalLanguage())).reduce((x, y) -> y)
                .orElse(versions.get(versions.size() - 1));
        var lines = versions.stream().map(ArticleVersion::language).distinct()
                .sorted(Comparator.comparing(ArticleLanguage.ALLOWED::indexOf))
                .map(l -> versions.stream().filter(v -> v.language().equals(l)).reduce((x, y) -> y).orElseThrow())
                .map(v -> new Line(v.language(), v.number(), v.state())).toList();
        return new ArticleSummary(a.id(), newest.title(), newest.language(), null, a.category().id(), a.visibility(),
                a.originalLanguage(), a.publishedLanguages(), lines, null, null);
    }
}
