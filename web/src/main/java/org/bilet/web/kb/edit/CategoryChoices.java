package org.bilet.web.kb.edit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.bilet.kb.article.CategoryNode;

/** The category tree as one list for a select menu: each category named by its path ("Hardware › Printers"). */
public final class CategoryChoices {

    /** A category with its whole path as the label. */
    public record Choice(long id, String path) implements Serializable {
    }

    private CategoryChoices() {
    }

    static List<Choice> of(List<CategoryNode> tree) {
        var choices = new ArrayList<Choice>();
        tree.forEach(node -> add(node, null, choices));
        return choices;
    }

    private static void add(CategoryNode node, String parentPath, List<Choice> choices) {
        var path = parentPath == null ? node.name() : parentPath + " › " + node.name();
        choices.add(new Choice(node.id(), path));
        node.children().forEach(child -> add(child, path, choices));
    }
}
