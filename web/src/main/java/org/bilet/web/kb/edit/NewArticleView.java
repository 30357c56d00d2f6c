package org.bilet.web.kb.edit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bilet.kb.article.ArticleCategories;
import org.bilet.kb.article.Articles;
import org.bilet.kb.article.NewArticle;
import org.bilet.kb.article.Visibility;
import org.bilet.web.session.Language;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.Texts;
import org.bilet.web.session.UserSession;

/** /kb/edit/new.xhtml: an article with its first draft; then the editor opens it. */
@Named
@ViewScoped
public class NewArticleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Articles articles;

    @Inject
    ArticleCategories categories;

    @Inject
    UserSession me;

    @Inject
    EditorGate gate;

    private List<CategoryChoices.Choice> categoryChoices;
    private Long category;
    private Visibility visibility = Visibility.EMPLOYEES;
    private String language;
    private List<String> tags;
    private final DraftForm draft = new DraftForm();

    @PostConstruct
    void init() {
        if (!gate.require()) {
            return;
        }
        categoryChoices = CategoryChoices.of(categories.tree());
        language = Language.of(me.getLanguage()).map(Language::tag).orElse(Language.ENGLISH.tag());
    }

    public String create() {
        var text = draft.text(language);
        var created = Refusals.inForm("article").field("title", "article:title").field("body", "article:body")
                .attempt(() -> articles.create(new NewArticle(category, visibility, language, text.title(), text.body(),
                        text.changeNote(), tags == null ? List.of() : tags)));
        if (created == null) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Texts.info("kbedit.new.created");
        return "/kb/edit/article?faces-redirect=true&id=" + created.id();
    }

    public List<CategoryChoices.Choice> getCategoryChoices() {
        return categoryChoices;
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }

    public List<Language> getLanguages() {
        return Language.ALL;
    }

    public DraftForm getDraft() {
        return draft;
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }
}
