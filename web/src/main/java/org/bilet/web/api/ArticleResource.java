package org.bilet.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.bilet.kb.article.ArticleChange;
import org.bilet.kb.article.ArticleFeedback;
import org.bilet.kb.article.ArticleReading;
import org.bilet.kb.article.ArticleReview;
import org.bilet.kb.article.ArticleSummary;
import org.bilet.kb.article.ArticleTickets;
import org.bilet.kb.article.ArticleView;
import org.bilet.kb.article.Articles;
import org.bilet.kb.article.DraftText;
import org.bilet.kb.article.FeedbackCounts;
import org.bilet.kb.article.FeedbackRequest;
import org.bilet.kb.article.NewArticle;
import org.bilet.kb.article.VersionInfo;
import org.bilet.kb.article.VersionState;
import org.bilet.kb.search.ArticleSearch;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.Page;

/**
 * Knowledge-base articles: readers (also without signing in, for public articles) read them in
 * their language ({@code ?lang=} or Accept-Language) and list or search them; editors create them,
 * change their metadata and list every version's state. Versions and their review are in
 * {@link ArticleVersionResource}.
 */
@Path("kb/articles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.EDITOR})
public class ArticleResource {

    public record PublishRequest(String language, Integer version) {
    }

    public record TicketLinksBody(List<String> tickets) {
    }

    @EJB
    Articles articles;

    @EJB
    ArticleReview review;

    @EJB
    ArticleReading reading;

    @EJB
    ArticleSearch search;

    @EJB
    ArticleFeedback feedback;

    @EJB
    ArticleTickets tickets;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    /**
     * Readers: published articles they may read ({@code q} searches them by relevance). Editors
     * and administrators: every article, filtered by a version's {@code state}, {@code language}
     * and words of its title ({@code view=reader} shows them the readers' list).
     */
    @GET
    @PermitAll
    public Page<ArticleSummary> list(@QueryParam("q") String q,
                                     @QueryParam("state") String state,
                                     @QueryParam("category") String category,
                                     @QueryParam("language") String language,
                                     @QueryParam("lang") String lang,
                                     @QueryParam("view") String view,
                                     @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                     @QueryParam("page") @DefaultValue("0") String page,
                                     @QueryParam("size") @DefaultValue("20") String size) {
        var pageNumber = QueryNumbers.parse("page", page);
        var pageSize = QueryNumbers.parse("size", size);
        var categoryId = category == null || category.isBlank() ? null : (long) QueryNumbers.parse("category", category);
        if (editor() && !"reader".equals(view)) {
            return articles.list(state(state), categoryId, language, q, pageNumber, pageSize);
        }
        var filterLanguage = language != null && !language.isBlank() ? language : null;
        if (q != null) {
            return search.list(q, categoryId, filterLanguage, pageNumber, pageSize);
        }
        return reading.list(categoryId, filterLanguage != null ? filterLanguage : ReaderLanguage.of(lang, acceptLanguage),
                pageNumber, pageSize);
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response create(NewArticle request) {
        var created = articles.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    /** The reader's view; {@code fallback} says it is not in the language asked for. */
    @GET
    @Path("{id}")
    @PermitAll
    public Response read(@PathParam("id") String id, @QueryParam("lang") String lang,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        ArticleView view = reading.read(ArticlePaths.id(id), ReaderLanguage.of(lang, acceptLanguage));
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    /** Category, visibility, tags and related articles, with If-Match (the ETag of the article). */
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, TicketResource.MERGE_PATCH_JSON})
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response change(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, ArticleChange change) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return ProblemResponses.of(Problem.of(428, "Precondition Required",
                    "Send If-Match with the article's ETag, so that you do not overwrite someone else's change."));
        }
        var changed = articles.change(ArticlePaths.id(id), Versions.fromIfMatch(ifMatch), change);
        return Response.ok(changed).tag(Versions.etag(changed.version())).build();
    }

    @GET
    @Path("{id}/translations/{lang}")
    @PermitAll
    public ArticleView translation(@PathParam("id") String id, @PathParam("lang") String lang) {
        return reading.translation(ArticlePaths.id(id), lang);
    }

    /** The draft of the translation into the language: its text changes, or a new draft starts with it. */
    @PUT
    @Path("{id}/translations/{lang}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public VersionInfo translate(@PathParam("id") String id, @PathParam("lang") String lang, DraftText text) {
        return articles.translate(ArticlePaths.id(id), lang, text);
    }

    /** Publishes {@code version}, or the approved version of {@code language}. */
    @POST
    @Path("{id}/publish")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public VersionInfo publish(@PathParam("id") String id, PublishRequest request) {
        if (request == null || (request.language() == null && request.version() == null)) {
            throw InvalidInputException.of("language", "Name the version to publish, or the language whose approved version to publish.");
        }
        return review.publish(ArticlePaths.id(id), request.language(), request.version());
    }

    @POST
    @Path("{id}/feedback")
    public Response feedback(@PathParam("id") String id, FeedbackRequest request) {
        feedback.record(ArticlePaths.id(id), request);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/feedback")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public FeedbackCounts feedbackCounts(@PathParam("id") String id) {
        return feedback.counts(ArticlePaths.id(id));
    }

    /** "This solved it": the reader needs no ticket. */
    @POST
    @Path("{id}/deflections")
    public Response deflected(@PathParam("id") String id) {
        feedback.deflected(ArticlePaths.id(id));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/tickets")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.EDITOR})
    public TicketLinksBody linkedTickets(@PathParam("id") String id) {
        return new TicketLinksBody(tickets.of(ArticlePaths.id(id)));
    }

    @POST
    @Path("{id}/tickets")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.EDITOR})
    public TicketLinksBody link(@PathParam("id") String id, TicketLinksBody body) {
        return new TicketLinksBody(tickets.link(ArticlePaths.id(id), body == null ? null : body.tickets()));
    }

    @DELETE
    @Path("{id}/tickets/{number}")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.EDITOR})
    public TicketLinksBody unlink(@PathParam("id") String id, @PathParam("number") String number) {
        return new TicketLinksBody(tickets.unlink(ArticlePaths.id(id), number));
    }

    private boolean editor() {
        return security.isUserInRole(Roles.EDITOR) || security.isUserInRole(Roles.ADMIN);
    }

    private static VersionState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        return Choices.find(VersionState.class, state).orElseThrow(() -> InvalidInputException.of("state",
                "state must be one of " + Choices.of(VersionState.class) + "."));
    }
}
