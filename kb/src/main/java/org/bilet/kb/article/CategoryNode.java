package org.bilet.kb.article;

import java.util.List;

/** A category with its subcategories, in order. */
public record CategoryNode(long id, String name, int position, Long parent, List<CategoryNode> children) {
}
