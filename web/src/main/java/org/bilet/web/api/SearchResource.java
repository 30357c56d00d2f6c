package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilet.kb.search.ArticleSearch;
import org.bilet.kb.search.SearchResults;
import org.bilet.kb.search.TicketQuery;
import org.bilet.kb.search.TicketSearch;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.tickets.TicketStatus;

/**
 * Full-text search: {@code GET /api/search?q=…}, over the tickets the caller may see, with facet
 * filters given as repeated or comma-separated parameters, a window of last changes ({@code from},
 * {@code to}) and {@code sort=relevance|date}; or with {@code type=article} over the published
 * knowledge-base articles the caller may read (facets: language, category). Readers who do not
 * sign in search articles at {@code GET /api/kb/articles?q=}.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.EDITOR})
public class SearchResource {

    @EJB
    TicketSearch tickets;

    @EJB
    ArticleSearch articles;

    @GET
    public SearchResults search(@QueryParam("q") String q,
                                @QueryParam("type") @DefaultValue("ticket") String type,
                                @QueryParam("status") List<String> status,
                                @QueryParam("priority") List<String> priority,
                                @QueryParam("team") List<String> team,
                                @QueryParam("category") List<String> category,
                                @QueryParam("assignee") List<String> assignee,
                                @QueryParam("from") String from,
                                @QueryParam("to") String to,
                                @QueryParam("sort") @DefaultValue("relevance") String sort,
                                @QueryParam("page") @DefaultValue("0") String page,
                                @QueryParam("size") @DefaultValue("20") String size) {
        var query = new TicketQuery(q, statuses(status), values(priority), values(team), values(category),
                values(assignee), instant("from", from), instant("to", to), newestFirst(sort),
                QueryNumbers.parse("page", page), QueryNumbers.parse("size", size));
        switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "ticket":
                return tickets.search(query);
            case "article":
                return articles.search(q, query.page(), query.size());
            default:
                throw InvalidInputException.of("type", "type is ticket or article.");
        }
    }

    private static Set<String> values(List<String> parameters) {
        return parameters == null ? Set.of() : parameters.stream()
                .flatMap(p -> Arrays.stream(p.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty())
                .collect(Collectors.toSet());
    }

    private static Set<TicketStatus> statuses(List<String> parameters) {
        return values(parameters).stream().map(value -> {
            try {
                return TicketStatus.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("status", "status is one of " + Arrays.stream(TicketStatus.values())
                        .map(Enum::name).collect(Collectors.joining(", ")) + ".");
            }
        }).collect(Collectors.toSet());
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, name + " is a moment such as 2026-03-01T00:00:00Z.");
        }
    }

    private static boolean newestFirst(String sort) {
        switch (sort.strip().toLowerCase(Locale.ROOT)) {
            case "relevance":
                return false;
            case "date":
                return true;
            default:
                throw InvalidInputException.of("sort", "sort is relevance or date.");
        }
    }
}
