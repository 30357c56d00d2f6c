package org.bilet.kb.article;

import java.util.List;

/** An article to create: where it is filed, who may read it, and its first draft in its original language. */
public record NewArticle(Long category, Visibility visibility, String language, String title, String body,
                         String changeNote, List<String> tags) {
}
