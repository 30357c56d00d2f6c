package org.bilet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
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
    }

    public void edit(long id) {
        all.stream().filter(r -> r.id() == id).findFirst().ifPresent(r -> {
            editing = r;
            title = r.title();
            body = r.body();
            active = r.active();
        });
    }

    public void save() {
        var saved = AdminPage.attempt("response", () -> editing == null ? responses.create(title, body)
                : responses.change(editing.id(), title, body, active));
        if (saved != null) {
            AdminPage.done(editing == null ? "responses.created" : "responses.saved", saved.title());
            load();
            edit(saved.id());
        }
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
