package org.bilet.kb.article;

import java.time.Instant;
import java.util.List;

/** How an article fares with readers, for editors: views, votes, deflections and the latest comments. */
public record FeedbackCounts(long views, long helpfulYes, long helpfulNo, long deflections, List<Comment> comments) {

    public record Comment(String language, boolean helpful, String comment, String user, Instant createdAt) {
    }
}
