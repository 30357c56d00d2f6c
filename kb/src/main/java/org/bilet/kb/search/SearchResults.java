package org.bilet.kb.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results, how many match in all, and per facet (status, priority, team, category,
 * assignee) how many of them have each value; counts cover only what the reader may see.
 */
public record SearchResults(List<SearchHit> items, long total, Map<String, Map<String, Long>> facets) {

    static SearchResults empty() {
        return new SearchResults(List.of(), 0, Map.of());
    }
}
