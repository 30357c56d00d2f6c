package org.bilet.web.kb.edit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.bilet.kb.article.ArticleCategories;
import org.bilet.kb.article.ArticleSummary;
import org.bilet.kb.article.Articles;
import org.bilet.kb.article.VersionState;
import org.bilet.web.session.Language;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /kb/edit/articles: the editors' list of articles, filtered by the state of a version, category,
 * language and words of the title, paged in the database ({@code Articles.list}).
 */
@Named
@ViewScoped
public class ArticleListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Articles articles;

    @Inject
    ArticleCategories categories;

    @Inject
    EditorGate gate;

    private VersionState state;
    private Long category;
    private String language;
    private String text;
    private List<CategoryChoices.Choice> categoryChoices;
    private final Rows rows = new Rows();

    @PostConstruct
    void init() {
        if (!gate.require()) {
            return;
        }
        categoryChoices = CategoryChoices.of(categories.tree());
    }

    /** The table counts and then reads one page, both in the database, with the filters as they stand. */
    public final class Rows extends LazyDataModel<ArticleSummary> implements Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) articles.list(state, category, language, text, 0, 1).total();
        }

        @Override
        public List<ArticleSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var page = articles.list(state, category, language, text, first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ArticleSummary article) {
            return Long.toString(article.id());
        }
    }

    public String categoryName(long id) {
        return categoryChoices.stream().filter(c -> c.id() == id).map(CategoryChoices.Choice::path).findFirst().orElse("");
    }

    public Rows getRows() {
        return rows;
    }

    public VersionState[] getStates() {
        return VersionState.values();
    }

    public List<Language> getLanguages() {
        return Language.ALL;
    }

    public List<CategoryChoices.Choice> getCategoryChoices() {
        return categoryChoices;
    }

    public VersionState getState() {
        return state;
    }

    public void setState(VersionState state) {
        this.state = state;
    }

    public Long getCategory() {
        return category;
    }

    public void setCategory(Long category) {
        this.category = category;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language == null || language.isBlank() ? null : language;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
