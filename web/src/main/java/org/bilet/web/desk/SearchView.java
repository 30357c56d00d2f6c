package org.bilet.web.desk;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilet.kb.search.Highlight;
import org.bilet.kb.search.SearchResults;
import org.bilet.kb.search.TicketQuery;
import org.bilet.kb.search.TicketSearch;
import org.bilet.people.Directory;
import org.bilet.tickets.TicketStatus;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.ShownNames;

/**
 * The agents' search page ({@code /desk/search.xhtml}): full text with one value per facet to keep,
 * by relevance or newest first, paged. A plain GET page, so every state is a link to share or
 * bookmark, and facets are links a keyboard reaches.
 */
@Named
@RequestScoped
public class SearchView {

    static final int PAGE_SIZE = 20;
    static final List<String> FACETS = List.of("status", "priority", "team", "category", "assignee");

    @EJB
    TicketSearch search;

    @Inject
    Directory directory;

    @Inject
    ShownNames names;

    private String q;
    private final Map<String, String> kept = new LinkedHashMap<>();
    private String sort;
    private int page;
    private SearchResults results;
    /** Facet values' names, read once per page rather than once per value. */
    private Map<String, Map<String, String>> labels;

    /** Runs the search the address describes; nothing to look for shows the empty form. */
    public void load() {
        if (q == null || q.isBlank()) {
            return;
        }
        var query = new TicketQuery(q, statuses(), one("priority"), one("team"), one("category"),
                one("assignee"), null, null, "date".equals(sort), Math.max(0, page), PAGE_SIZE);
        results = Refusals.inForm("search").attempt(() -> search.search(query));
    }

    /** The facets with their values and counts, as the results have them, for the side panel. */
    public Map<String, Map<String, Long>> getFacets() {
        return results == null ? Map.of() : results.facets();
    }

    /** How a facet value reads: a team, category, person or priority by name; the key when unknown. */
    public String label(String facet, String value) {
        if (labels == null) {
            labels = Map.of(
                    "team", directory.teams().stream().collect(Collectors.toMap(t -> t.key(), t -> t.name())),
                    "category", names.get().categoryPaths(),
                    "assignee", directory.staff().stream().collect(Collectors.toMap(m -> m.username(), m -> m.name(), (a, b) -> a)),
                    "priority", names.get().priorities());
        }
        return labels.getOrDefault(facet, Map.of()).getOrDefault(value, value);
    }

    /** This page's address with one facet kept at a value (or let go, when it already is). */
    public String toggle(String facet, String value) {
        var next = new LinkedHashMap<>(kept);
        if (value.equals(next.get(facet))) {
            next.remove(facet);
        } else {
            next.put(facet, value);
        }
        return address(q, next, sort, 0);
    }

    public boolean isKept(String facet, String value) {
        return value.equals(kept.get(facet));
    }

    public String sortedBy(String order) {
        return address(q, kept, order, 0);
    }

    public String pageLink(int target) {
        return address(q, kept, sort, target);
    }

    public boolean isHasNext() {
        return results != null && (long) (page + 1) * PAGE_SIZE < results.total();
    }

    private static String address(String q, Map<String, String> facets, String sort, int page) {
        var params = new LinkedHashMap<String, String>();
        params.put("q", q);
        params.putAll(facets);
        if (sort != null && !sort.isBlank()) {
            params.put("sort", sort);
        }
        if (page > 0) {
            params.put("page", Integer.toString(page));
        }
        return "search.xhtml?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Set<TicketStatus> statuses() {
        var status = kept.get("status");
        if (status == null) {
            return Set.of();
        }
        try {
            return Set.of(TicketStatus.valueOf(status.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            kept.remove("status");
            return Set.of();
        }
    }

    private Set<String> one(String facet) {
        var value = kept.get(facet);
        return value == null ? Set.of() : Set.of(value);
    }

    private void keep(String facet, String value) {
        if (value == null || value.isBlank()) {
            kept.remove(facet);
        } else {
            kept.put(facet, value.strip());
        }
    }

    /** A result's title or snippet, in pieces marked where the searched words are. */
    public List<MarkedText.Piece> marked(String text, List<Highlight> highlights) {
        return MarkedText.pieces(text, highlights);
    }

    public SearchResults getResults() {
        return results;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getStatus() {
        return kept.get("status");
    }

    public void setStatus(String value) {
        keep("status", value);
    }

    public String getPriority() {
        return kept.get("priority");
    }

    public void setPriority(String value) {
        keep("priority", value);
    }

    public String getTeam() {
        return kept.get("team");
    }

    public void setTeam(String value) {
        keep("team", value);
    }

    public String getCategory() {
        return kept.get("category");
    }

    public void setCategory(String value) {
        keep("category", value);
    }

    public String getAssignee() {
        return kept.get("assignee");
    }

    public void setAssignee(String value) {
        keep("assignee", value);
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public List<String> getFacetNames() {
        return FACETS;
    }
}
