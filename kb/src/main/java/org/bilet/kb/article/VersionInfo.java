package org.bilet.kb.article;

import java.io.Serializable;
import java.time.Instant;
import org.bilet.people.User;

/**
 * A version as editors see it: its line (language), number and state, who wrote, approved and
 * published it and when; the body only when one version is asked for.
 */
public record VersionInfo(long article, int number, String language, VersionState state, String title, String body,
                          String changeNote, String author, Instant createdAt, String reviewedBy, Instant reviewedAt,
                          String publishedBy, Instant publishedAt, long version) implements Serializable {

    public static VersionInfo of(ArticleVersion v, boolean withBody) {
        return new VersionInfo(v.article().id(), v.number(), v.language(), v.state(), v.title(), withBody ? v.body() : null,
                v.changeNote(), name(v.author()), v.createdAt(), name(v.reviewedBy()), v.reviewedAt(),
                name(v.publishedBy()), v.publishedAt(), v.version());
    }

    private static String name(User user) {
        return user == null ? null : user.username();
    }
}
