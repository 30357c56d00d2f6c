package org.bilet.web.kb.edit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.bilet.kb.article.ArticleChange;
import org.bilet.kb.article.ArticleDetails;
import org.bilet.kb.article.Visibility;

/**
 * What an editor types about an article besides its text: category, visibility, tags and related
 * articles (chosen as "12 · Title", so the input shows what it links to). Filled from the article
 * and sent as one change; kept as typed when a save is refused.
 */
public class MetadataForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String SEPARATOR = " · ";

    private Long category;
    private Visibility visibility = Visibility.EMPLOYEES;
    private List<String> tags = new ArrayList<>();
    private List<String> related = new ArrayList<>();

    void fill(ArticleDetails article, LongFunction<String> titleOf) {
        category = article.category();
        visibility = article.visibility();
        tags = new ArrayList<>(article.tags());
        related = new ArrayList<>(article.related().stream().map(id -> label(id, titleOf.apply(id))).toList());
    }

    ArticleChange change() {
        return new ArticleChange(category, visibility, List.copyOf(tags == null ? List.of() : tags), relatedIds());
    }

    static String label(long id, String title) {
        return id + SEPARATOR + (title == null ? "" : title);
    }

    /** The ids at the start of the chosen labels; what does not start with a number is not an article. */
    List<Long> relatedIds() {
        var ids = new ArrayList<Long>();
        for (var label : related == null ? List.<String>of() : related) {
            var head = label.strip().split("\\D", 2)[0];
            if (!head.isEmpty()) {
                ids.add(Long.valueOf(head));
            }
        }
        return ids;
    }

    public Long getCategory() {
        return category;
    }

    public void setCategory(Long category) {
        this.category = category;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    public List<String> getRelated() {
        return related;
    }

    public void setRelated(List<String> related) {
        this.related = related;
    }
}
