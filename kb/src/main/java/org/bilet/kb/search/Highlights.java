package org.bilet.kb.search;

import java.io.Serializable;
import java.util.List;

/** The searched words found in a result's title and snippet. */
public record Highlights(List<Highlight> title, List<Highlight> snippet) implements Serializable {

    static final Highlights NONE = new Highlights(List.of(), List.of());
}
