package org.bilet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.bilet.replies.CannedResponseDetails;
import org.bilet.replies.CannedResponses;

/** /admin/responses: canned responses for agents; one form writes a new one or revises the chosen one. */
@Named
@ViewScoped
public class CannedResponsesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CannedResponses responses;

    private List<CannedResponseDetails> all;

    /** The response being revised; null while the form writes a new one. */
    private CannedResponseDetails editing;
    private String title;
    private String body;
    private boolean active;
    private final TranslationInputs titles = new TranslationInputs("titleTranslations");
    private final TranslationInputs bodies = new TranslationInputs("bodyTranslations");

    @PostConstruct
    void init() {
        load();
        startNew();
    }

    private void load() {
        all = responses.all();
    }

    public void startNew() {
        editing = null;
        title = null;
        body = null;
        active = true;
        titles.load(Map.of());
        bodies.load(Map.of());
    }

    public void edit(long id) {
        all.stream().filter(r -> r.id() == id).findFirst().ifPresent(r -> {
            editing = r;
            title = r.title();
            body = r.body();
            active = r.active();
            titles.load(r.titleTranslations());
            bodies.load(r.bodyTranslations());
        });
    }

    public void save() {
        var saved = AdminPage.attempt("response", this::clientId,
                () -> editing == null ? responses.create(title, body, titles.sent(), bodies.sent())
                        : responses.change(editing.id(), title, body, active, titles.sent(), bodies.sent()));
        if (saved != null) {
            AdminPage.done(editing == null ? "responses.created" : "responses.saved", saved.title());
            load();
            edit(saved.id());
        }
    }

    private String clientId(String field) {
        var title = titles.clientId("response", field);
        return title != null ? title : bodies.clientId("response", field);
    }

    /** The title in the other languages, as typed. */
    public Map<String, String> getTitleTranslations() {
        return titles.texts();
    }

    /** The body in the other languages, as typed (HTML as stored, or plain text). */
    public Map<String, String> getBodyTranslations() {
        return bodies.texts();
    }

    public List<String> getPlaceholders() {
        return responses.placeholders().stream().map(name -> "{" + name + "}").toList();
    }

    public List<CannedResponseDetails> getAll() {
        return all;
    }

    public CannedResponseDetails getEditing() {
        return editing;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
