package org.bilet.kb.article;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An article as editors see it: its metadata, its figures and every version (without bodies). */
public record ArticleDetails(long id, long category, String categoryName, Visibility visibility, String originalLanguage,
                             List<String> tags, List<Long> related, List<String> publishedLanguages,
                             List<VersionInfo> versions, long views, long helpfulYes, long helpfulNo, long deflections,
                             String createdBy, Instant createdAt, long version) implements Serializable {

    public static ArticleDetails of(Article a) {
        return new ArticleDetails(a.id(), a.category().id(), a.category().name(), a.visibility(), a.originalLanguage(),
                List.copyOf(a.tags()), a.related().stream().map(Article::id).sorted().toList(), a.publishedLanguages(),
                a.versions().stream().map(v -> VersionInfo.of(v, false)).toList(), a.viewCount(), a.helpfulYes(),
                a.helpfulNo(), a.deflections(), a.createdBy().username(), a.createdAt(), a.version());
    }
}
