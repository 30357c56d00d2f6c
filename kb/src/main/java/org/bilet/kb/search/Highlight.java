package org.bilet.kb.search;

import java.io.Serializable;

/** Where a searched word occurs in a text: from {@code start} (inclusive) to {@code end} (exclusive), in characters. */
public record Highlight(int start, int end) implements Serializable {
}
