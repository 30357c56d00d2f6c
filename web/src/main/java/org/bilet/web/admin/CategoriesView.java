package org.bilet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.bilet.admin.CategoryDefinition;
import org.bilet.admin.CategoryNode;
import org.bilet.admin.CategoryTree;
import org.bilet.admin.CustomFields;
import org.bilet.admin.FieldDefinition;
import org.bilet.admin.TeamRoster;
import org.bilet.people.TeamInfo;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** /admin/categories: the category tree; one form creates a category or edits the chosen one. */
@Named
@ViewScoped
public class CategoriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CategoryTree tree;

    @Inject
    TeamRoster roster;

    @Inject
    CustomFields customFields;

    private List<CategoryNode> categories;
    private TreeNode<CategoryNode> root;
    private List<TeamInfo> teams;
    private List<FieldDefinition> fields;

    /** The category being edited; null while the form creates a new one. */
    private CategoryNode editing;
    private String key;
    private String name;
    private String parent;
    private String team;
    private List<String> askedFields = new ArrayList<>();
    private final TranslationInputs translations = new TranslationInputs("translations");

    @PostConstruct
    void load() {
        categories = tree.all();
        teams = roster.all();
        fields = customFields.all();
        root = new DefaultTreeNode<>(null, null);
        var nodes = new HashMap<String, TreeNode<CategoryNode>>();
        for (var category : categories) {
            var node = new DefaultTreeNode<>(category, category.parent() == null ? root : nodes.get(category.parent()));
            node.setExpanded(true);
            nodes.put(category.key(), node);
        }
    }

    public void startNew() {
        editing = null;
        key = null;
        name = null;
        team = null;
        askedFields = new ArrayList<>();
        translations.load(Map.of());
    }

    /** A new category under the given one. */
    public void startNewUnder(String parentKey) {
        startNew();
        parent = parentKey;
    }

    public void edit(String categoryKey) {
        categories.stream().filter(c -> c.key().equals(categoryKey)).findFirst().ifPresent(c -> {
            editing = c;
            key = c.key();
            name = c.name();
            parent = c.parent();
            team = c.team();
            askedFields = new ArrayList<>(c.fields());
            translations.load(c.translations());
        });
    }

    public void save() {
        var definition = new CategoryDefinition(key, name, parent, team, new LinkedHashSet<>(askedFields), translations.sent());
        var saved = AdminPage.attempt("category", field -> translations.clientId("category", field),
                () -> editing == null ? tree.create(definition) : tree.change(definition));
        if (saved != null) {
            AdminPage.done(editing == null ? "categories.created" : "categories.saved", saved.path());
            load();
            edit(saved.key());
        }
    }

    public void delete() {
        if (AdminPage.attempt("category", () -> tree.delete(editing.key()))) {
            AdminPage.done("categories.deleted", editing.path());
            load();
            parent = null;
            startNew();
        }
    }

    /** Where the category may go: anywhere but into its own subtree (the service checks too). */
    public List<CategoryNode> getParents() {
        if (editing == null) {
            return categories;
        }
        var prefix = editing.path() + " / ";
        return categories.stream().filter(c -> !c.key().equals(editing.key()) && !c.path().startsWith(prefix)).toList();
    }

    /** "Asset tag (asset-tag)", marked when switched off. */
    public String fieldLabel(FieldDefinition field) {
        var label = field.label() + " (" + field.key() + ")";
        return field.active() ? label : label + " — " + AdminPage.text("common.inactive");
    }

    public String teamName(String teamKey) {
        return teams.stream().filter(t -> t.key().equals(teamKey)).map(TeamInfo::name).findFirst().orElse(teamKey);
    }

    public String fieldLabels(List<String> keys) {
        return String.join(", ", keys.stream().map(k -> fields.stream().filter(f -> f.key().equals(k))
                .map(FieldDefinition::label).findFirst().orElse(k)).toList());
    }

    /** The name in the other languages, as typed; bound to the translations editor. */
    public Map<String, String> getTranslations() {
        return translations.texts();
    }

    public TreeNode<CategoryNode> getRoot() {
        return root;
    }

    public List<TeamInfo> getTeams() {
        return teams;
    }

    public List<FieldDefinition> getFields() {
        return fields;
    }

    public CategoryNode getEditing() {
        return editing;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public List<String> getAskedFields() {
        return askedFields;
    }

    public void setAskedFields(List<String> askedFields) {
        this.askedFields = askedFields;
    }
}
