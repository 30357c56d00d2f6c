package org.bilet.web.kb.edit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bilet.kb.article.ArticleCategories;
import org.bilet.kb.article.CategoryDefinition;
import org.bilet.kb.article.CategoryNode;
import org.bilet.web.admin.TranslationInputs;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.Texts;

/**
 * /kb/edit/categories.xhtml: the knowledge base's topics as editors keep them; one form adds a
 * topic or renames, moves and translates the chosen one.
 */
@Named
@ViewScoped
public class KbCategoriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "category";

    @Inject
    ArticleCategories categories;

    @Inject
    EditorGate gate;

    private List<Line> lines = List.of();
    private List<CategoryChoices.Choice> choices = List.of();

    /** The topic being edited; null while the form adds one. */
    private Line editing;
    private String name;
    private Long parent;
    private Integer position;
    private final TranslationInputs translations = new TranslationInputs("translations");

    /** A topic of the list: its node and its depth in the tree. */
    public record Line(CategoryNode node, int depth) implements Serializable {
    }

    @PostConstruct
    void init() {
        if (gate.require()) {
            load();
            startNew();
        }
    }

    private void load() {
        var tree = categories.tree();
        var all = new ArrayList<Line>();
        add(all, tree, 0);
        lines = List.copyOf(all);
        choices = CategoryChoices.of(tree);
    }

    private static void add(List<Line> lines, List<CategoryNode> nodes, int depth) {
        for (var node : nodes) {
            lines.add(new Line(node, depth));
            add(lines, node.children(), depth + 1);
        }
    }

    public void startNew() {
        editing = null;
        name = null;
        parent = null;
        position = 0;
        translations.load(Map.of());
    }

    public void edit(long id) {
        lines.stream().filter(l -> l.node().id() == id).findFirst().ifPresent(l -> {
            editing = l;
            name = l.node().name();
            parent = l.node().parent();
            position = l.node().position();
            translations.load(l.node().translations());
        });
    }

    public void save() {
        var definition = new CategoryDefinition(name, parent, position, translations.sent());
        var saved = Refusals.inForm(FORM).fields(field -> translations.clientId(FORM, field))
                .attempt(() -> editing == null ? categories.create(definition) : categories.change(editing.node().id(), definition));
        if (saved != null) {
            Texts.info(editing == null ? "kbedit.categories.created" : "kbedit.categories.saved", saved.name());
            load();
            edit(saved.id());
        }
    }

    public void delete() {
        var gone = editing.node().name();
        if (Refusals.inForm(FORM).attempt(() -> categories.delete(editing.node().id()))) {
            Texts.info("kbedit.categories.deleted", gone);
            load();
            startNew();
        }
    }

    /** Where the topic may go: the service refuses its own subtree and says so. */
    public List<CategoryChoices.Choice> getParents() {
        return editing == null ? choices : choices.stream().filter(c -> c.id() != editing.node().id()).toList();
    }

    public List<Line> getLines() {
        return lines;
    }

    public Line getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParent() {
        return parent;
    }

    public void setParent(Long parent) {
        this.parent = parent;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    /** The name in the other languages, as typed; bound to the translations editor. */
    public Map<String, String> getTranslations() {
        return translations.texts();
    }
}
