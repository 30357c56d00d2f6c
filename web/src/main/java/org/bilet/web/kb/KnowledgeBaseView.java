package org.bilet.web.kb;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bilet.kb.article.ArticleCategories;
import org.bilet.kb.article.ArticleReading;
import org.bilet.kb.article.ArticleSummary;
import org.bilet.kb.search.ArticleSearch;
import org.bilet.platform.Page;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.UserSession;
import org.primefaces.event.SelectEvent;

/**
 * The knowledge base's front page ({@code /kb/index.xhtml}): the topics, the articles of one (paged
 * in the database) or those matching the words searched ({@code ?q=}), and suggestions while typing.
 * A plain GET page, so every state is a link.
 */
@Named
@RequestScoped
public class KnowledgeBaseView {

    static final int PAGE_SIZE = 10;
    static final int SUGGESTIONS = 8;

    @EJB
    ArticleReading reading;

    /** The page's language: the signed-in person's, else the one chosen or the browser's (also right after a change). */
    @Inject
    UserSession me;

    @EJB
    ArticleSearch search;

    @EJB
    ArticleCategories categories;

    private String q;
    private Long category;
    private int page;
    private Long chosen;
    private List<CategoryLine> topics;
    private Page<ArticleSummary> articles;

    /** The articles the address asks for: matching the words, else of the topic, else all (not again for a suggestion). */
    public void load() {
        if (FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
            return;
        }
        page = Math.max(0, page);
        var language = me.getLanguage();
        articles = Refusals.inForm("kbsearch").attempt(() -> isSearching()
                ? search.listTitledIn(language, q.strip(), category, page, PAGE_SIZE)
                : reading.listTitledIn(language, category, page, PAGE_SIZE));
    }

    /** Published titles like what is being typed, for the search box. */
    public List<ArticleSummary> suggest(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        var found = Refusals.inForm("kbsearch").attempt(() -> search.listTitledIn(me.getLanguage(), typed.strip(), null, 0, SUGGESTIONS));
        return found == null ? List.of() : found.items();
    }

    /** A suggestion was chosen: read it. */
    public void open(SelectEvent<Long> chosenEvent) throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/kb/article.xhtml?id=" + chosenEvent.getObject());
    }

    public boolean isSearching() {
        return q != null && !q.isBlank();
    }

    public List<CategoryLine> getTopics() {
        if (topics == null) {
            topics = CategoryLine.of(categories.tree(), me.getLanguage());
        }
        return topics;
    }

    /** The name of the topic shown, or null for all. */
    public String getTopicName() {
        return category == null ? null : getTopics().stream().filter(t -> t.id() == category).map(CategoryLine::name)
                .findFirst().orElse(null);
    }

    public String topicLink(Long topic) {
        return address(q, topic, 0);
    }

    public String pageLink(int target) {
        return address(q, category, target);
    }

    public boolean isHasNext() {
        return articles != null && (long) (page + 1) * PAGE_SIZE < articles.total();
    }

    private static String address(String q, Long category, int page) {
        var address = new StringBuilder("index.xhtml");
        var separator = '?';
        if (q != null && !q.isBlank()) {
            address.append(separator).append("q=").append(URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
            separator = '&';
        }
        if (category != null) {
            address.append(separator).append("category=").append(category);
            separator = '&';
        }
        if (page > 0) {
            address.append(separator).append("page=").append(page);
        }
        return address.toString();
    }

    public Page<ArticleSummary> getArticles() {
        return articles;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Long getCategory() {
        return category;
    }

    public void setCategory(Long category) {
        this.category = category;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public Long getChosen() {
        return chosen;
    }

    public void setChosen(Long chosen) {
        this.chosen = chosen;
    }
}
