package org.bilet.web.kb;

import java.util.ArrayList;
import java.util.List;
import org.bilet.kb.article.CategoryNode;

/** A topic of the tree as the reader's side list shows it: indented by its depth. */
public record CategoryLine(long id, String name, int depth) {

    /** The tree, depth first, in the editors' order, each topic named in the reader's language where it can be. */
    static List<CategoryLine> of(List<CategoryNode> tree, String language) {
        var lines = new ArrayList<CategoryLine>();
        add(lines, tree, 0, language);
        return List.copyOf(lines);
    }

    private static void add(List<CategoryLine> lines, List<CategoryNode> nodes, int depth, String language) {
        for (var node : nodes) {
            lines.add(new CategoryLine(node.id(), node.name(language), depth));
            add(lines, node.children(), depth + 1, language);
        }
    }
}
