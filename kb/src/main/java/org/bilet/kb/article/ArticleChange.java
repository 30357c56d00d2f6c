package org.bilet.kb.article;

import java.util.List;

/** New metadata of an article; what is null stays as it is (an empty list clears tags or related articles). */
public record ArticleChange(Long category, Visibility visibility, List<String> tags, List<Long> related) {
}
