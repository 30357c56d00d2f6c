package org.bilet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.bilet.admin.PriorityDefinition;
import org.bilet.admin.PriorityScale;

/** /admin/priorities: the priority scale; one form creates a priority or edits the chosen one. */
@Named
@ViewScoped
public class PrioritiesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PriorityScale scale;

    private List<PriorityDefinition> priorities;

    /** The priority being edited; null while the form creates a new one. */
    private PriorityDefinition editing;
    private String code;
    private String name;
    private Integer rank;
    private Integer resolutionHours;
    private boolean isDefault;
    private final TranslationInputs translations = new TranslationInputs("translations");

    @PostConstruct
    void init() {
        load();
        startNew();
    }

    private void load() {
        priorities = scale.all();
    }

    public void startNew() {
        editing = null;
        code = null;
        name = null;
        rank = priorities.stream().mapToInt(PriorityDefinition::rank).max().orElse(0) + 1;
        resolutionHours = null;
        isDefault = false;
        translations.load(Map.of());
    }

    public void edit(String priorityCode) {
        priorities.stream().filter(p -> p.code().equals(priorityCode)).findFirst().ifPresent(p -> {
            editing = p;
            code = p.code();
            name = p.name();
            rank = p.rank();
            resolutionHours = p.resolutionHours();
            isDefault = p.isDefault();
            translations.load(p.translations());
        });
    }

    public void save() {
        var definition = new PriorityDefinition(code, name, rank == null ? 0 : rank,
                resolutionHours == null ? 0 : resolutionHours, isDefault, translations.sent());
        var saved = AdminPage.attempt("priority", field -> translations.clientId("priority", field),
                () -> editing == null ? scale.create(definition) : scale.change(definition));
        if (saved != null) {
            AdminPage.done(editing == null ? "priorities.created" : "priorities.saved", saved.name());
            load();
            edit(saved.code());
        }
    }

    public void makeDefault() {
        if (AdminPage.attempt("priority", () -> scale.makeDefault(editing.code()))) {
            AdminPage.done("priorities.madeDefault", editing.name());
            load();
            edit(editing.code());
        }
    }

    public void delete() {
        if (AdminPage.attempt("priority", () -> scale.delete(editing.code()))) {
            AdminPage.done("priorities.deleted", editing.name());
            load();
            startNew();
        }
    }

    public List<PriorityDefinition> getPriorities() {
        return priorities;
    }

    public PriorityDefinition getEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }

    public Integer getResolutionHours() {
        return resolutionHours;
    }

    public void setResolutionHours(Integer resolutionHours) {
        this.resolutionHours = resolutionHours;
    }

    /** The name in the other languages, as typed; bound to the translations editor. */
    public Map<String, String> getTranslations() {
        return translations.texts();
    }

    public boolean getIsDefault() {
        return isDefault;
    }

    public void setIsDefault(boolean isDefault) {
        this.isDefault = isDefault;
    }
}
