package org.bilet.web.kb.edit;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.bilet.kb.article.ArticleCategories;
import org.bilet.kb.article.ArticleDetails;
import org.bilet.kb.article.ArticleReview;
import org.bilet.kb.article.Articles;
import org.bilet.kb.article.DraftText;
import org.bilet.kb.article.ReviewRules;
import org.bilet.kb.article.VersionInfo;
import org.bilet.kb.article.VersionState;
import org.bilet.kb.article.Visibility;
import org.bilet.platform.ForbiddenException;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.platform.StaleVersionException;
import org.bilet.web.session.Language;
import org.bilet.web.session.NotFound;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.Texts;
import org.bilet.web.session.UserSession;

/**
 * /kb/edit/article.xhtml?id=12&amp;lang=pl: one article: its metadata, and for the chosen language
 * the line of versions, the open draft's text and the review's moves (see {@link ReviewMoves});
 * a translation shows the original beside it. Every refused save keeps what the editor typed.
 */
@Named
@ViewScoped
public class ArticleEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Articles articles;

    @Inject
    ArticleReview review;

    @Inject
    ArticleCategories categories;

    @Inject
    UserSession me;

    @Inject
    EditorGate gate;

    private long id;
    private String lang;
    private ArticleDetails article;
    private ReviewRules rules;
    private List<CategoryChoices.Choice> categoryChoices;
    private VersionInfo newest;
    private VersionInfo original;
    private final MetadataForm metadata = new MetadataForm();
    private final DraftForm draft = new DraftForm();
    private String sendBackNote;
    private String translateTo;

    /** The page's parameters are read; loads the article or answers 404. */
    public void load() throws IOException {
        if (!gate.require()) {
            return;
        }
        try {
            article = articles.details(id);
        } catch (ResourceNotFoundException e) {
            NotFound.respond();
            return;
        }
        rules = review.rules();
        categoryChoices = CategoryChoices.of(categories.tree());
        metadata.fill(article, this::titleOf);
        if (lang == null || getLanguageLines().stream().noneMatch(l -> l.language().equals(lang))) {
            lang = article.originalLanguage();
        }
        showLanguage();
    }

    private void showLanguage() {
        newest = article.versions().stream().filter(v -> v.language().equals(lang)).max(Comparator.comparingInt(VersionInfo::number))
                .map(v -> articles.version(id, v.number())).orElse(null);
        if (newest != null && newest.state() == VersionState.DRAFT) {
            draft.fill(newest);
        }
        original = lang.equals(article.originalLanguage()) ? null : readableOriginal();
    }

    private VersionInfo readableOriginal() {
        var lines = article.versions().stream().filter(v -> v.language().equals(article.originalLanguage())).toList();
        return lines.stream().filter(v -> v.state() == VersionState.PUBLISHED).findFirst()
                .or(() -> lines.stream().max(Comparator.comparingInt(VersionInfo::number)))
                .map(v -> articles.version(id, v.number())).orElse(null);
    }

    private void reload() {
        article = articles.details(id);
        showLanguage();
    }

    public void saveMetadata() {
        var saved = Refusals.inForm("meta").field("category", "meta:category")
                .on(StaleVersionException.class, stale -> {
                    Texts.warn(null, "kbedit.meta.stale");
                    article = articles.details(id);
                })
                .attempt(() -> articles.change(id, article.version(), metadata.change()));
        if (saved != null) {
            article = saved;
            Texts.info("kbedit.meta.saved");
        }
    }

    /** Saves the draft's text; false (and the text kept) when refused. */
    public boolean saveDraft() {
        var saved = Refusals.inForm("editor").field("title", "editor:title").field("body", "editor:body")
                .on(StaleVersionException.class, stale -> {
                    Texts.warn(null, "kbedit.draft.stale");
                    draft.readAgainAt(stale.currentVersion());
                })
                .attempt(() -> articles.editDraft(id, newest.number(), draft.readAt(), draft.text(lang)));
        if (saved != null) {
            draft.readAgainAt(saved.version());
            Texts.info("kbedit.draft.saved");
        }
        return saved != null;
    }

    public void submit() {
        if (saveDraft()) {
            move(() -> review.submit(id, newest.number()), "kbedit.review.submitted", null);
        }
    }

    public void approve() {
        move(() -> review.approve(id, newest.number()), "kbedit.review.approved", "kbedit.refused.selfApproval");
    }

    public void sendBack() {
        move(() -> review.sendBack(id, newest.number(), sendBackNote), "kbedit.review.sentBack", null);
        sendBackNote = null;
    }

    public void publish() {
        move(() -> review.publish(id, lang, newest.number()), "kbedit.review.published", "kbedit.refused.publish");
    }

    public void archive() {
        move(() -> review.archive(id, newest.number()), "kbedit.review.archived", null);
    }

    public void newDraft() {
        move(() -> articles.newDraft(id, new DraftText(lang, null, null, null)), "kbedit.draft.started", null);
    }

    /** A draft in another language, starting from the text shown here; then that language is shown. */
    public String translate() {
        var source = newest;
        var made = Refusals.inForm("translate").attempt(() -> articles.translate(id, translateTo,
                new DraftText(translateTo, source.title(), source.body(), Texts.text("kbedit.translate.note", languageName(lang)))));
        if (made == null) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Texts.info("kbedit.translate.started", languageName(translateTo));
        return "/kb/edit/article?faces-redirect=true&id=" + id + "&lang=" + translateTo;
    }

    /**
     * A move of the review; a refusal the page can word (an author approving their own version,
     * an editor publishing) in the reader's language, any other with the service's explanation.
     */
    private void move(Supplier<VersionInfo> call, String doneKey, String forbiddenKey) {
        var refusals = Refusals.inForm("editor");
        if (forbiddenKey != null) {
            refusals.on(ForbiddenException.class, refused -> Texts.error(null, forbiddenKey));
        }
        if (refusals.attempt(call) != null) {
            Texts.info(doneKey);
            draft.clear();
            reload();
        }
    }

    /** For the related articles' input: "12 · Title" of articles whose title has the words. */
    public List<String> completeRelated(String query) {
        return articles.list(null, null, null, query, 0, 10).items().stream().filter(a -> a.id() != id)
                .map(a -> MetadataForm.label(a.id(), a.title())).toList();
    }

    private String titleOf(long articleId) {
        try {
            return articles.details(articleId).versions().stream().max(Comparator.comparingInt(VersionInfo::number))
                    .map(VersionInfo::title).orElse("");
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** A language of the article with its versions, oldest first, and the newest one's state. */
    public record LanguageLine(String language, List<VersionInfo> versions) {
        public VersionInfo newest() {
            return versions.get(versions.size() - 1);
        }
    }

    public List<LanguageLine> getLanguageLines() {
        return article.versions().stream().map(VersionInfo::language).distinct()
                .map(l -> new LanguageLine(l, article.versions().stream().filter(v -> v.language().equals(l))
                        .sorted(Comparator.comparingInt(VersionInfo::number)).toList()))
                .toList();
    }

    public LanguageLine getLine() {
        return getLanguageLines().stream().filter(l -> l.language().equals(lang)).findFirst().orElse(null);
    }

    public ReviewMoves getMoves() {
        return ReviewMoves.of(newest, me.getUsername(), me.isAdmin(), rules);
    }

    /** Languages a translation can start in: those without a version yet. */
    public List<Language> getTranslationLanguages() {
        return Language.ALL.stream().filter(l -> article.versions().stream().noneMatch(v -> v.language().equals(l.tag()))).toList();
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }

    public String languageName(String tag) {
        return Language.of(tag).map(Language::endonym).orElse(tag);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public ArticleDetails getArticle() {
        return article;
    }

    public List<CategoryChoices.Choice> getCategoryChoices() {
        return categoryChoices;
    }

    public VersionInfo getNewest() {
        return newest;
    }

    public VersionInfo getOriginal() {
        return original;
    }

    public MetadataForm getMetadata() {
        return metadata;
    }

    public DraftForm getDraft() {
        return draft;
    }

    public String getSendBackNote() {
        return sendBackNote;
    }

    public void setSendBackNote(String sendBackNote) {
        this.sendBackNote = sendBackNote;
    }

    public String getTranslateTo() {
        return translateTo;
    }

    public void setTranslateTo(String translateTo) {
        this.translateTo = translateTo;
    }
}
