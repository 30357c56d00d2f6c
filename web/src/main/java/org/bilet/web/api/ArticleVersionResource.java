package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.bilet.kb.article.ArticleReview;
import org.bilet.kb.article.Articles;
import org.bilet.kb.article.DraftText;
import org.bilet.kb.article.VersionInfo;
import org.bilet.people.Roles;

/**
 * An article's versions, for editors and administrators: the list (author, time, note, state), a
 * new draft in a language, one version with its body (ETag: its version), editing a draft
 * (If-Match optional), and the review: submit, approve, send back, archive. Publishing is
 * {@code POST /api/kb/articles/{id}/publish}.
 */
@Path("kb/articles/{id}/versions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class ArticleVersionResource {

    @EJB
    Articles articles;

    @EJB
    ArticleReview review;

    @Context
    UriInfo uri;

    @GET
    public List<VersionInfo> list(@PathParam("id") String id) {
        return articles.versions(ArticlePaths.id(id));
    }

    @POST
    public Response draft(@PathParam("id") String id, DraftText draft) {
        var created = articles.newDraft(ArticlePaths.id(id), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(created.number())).build())
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{n}")
    public Response get(@PathParam("id") String id, @PathParam("n") String n) {
        var version = articles.version(ArticlePaths.id(id), ArticlePaths.number(n));
        return Response.ok(version).tag(Versions.etag(version.version())).build();
    }

    @PUT
    @Path("{n}")
    public Response edit(@PathParam("id") String id, @PathParam("n") String n, @HeaderParam("If-Match") String ifMatch,
                         DraftText text) {
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : Versions.fromIfMatch(ifMatch);
        var edited = articles.editDraft(ArticlePaths.id(id), ArticlePaths.number(n), expected, text);
        return Response.ok(edited).tag(Versions.etag(edited.version())).build();
    }

    @POST
    @Path("{n}/submit")
    public VersionInfo submit(@PathParam("id") String id, @PathParam("n") String n) {
        return review.submit(ArticlePaths.id(id), ArticlePaths.number(n));
    }

    @POST
    @Path("{n}/approve")
    public VersionInfo approve(@PathParam("id") String id, @PathParam("n") String n) {
        return review.approve(ArticlePaths.id(id), ArticlePaths.number(n));
    }

    /** Back to a draft; {@code ?note=} says why, as the version's change note. */
    @POST
    @Path("{n}/send-back")
    public VersionInfo sendBack(@PathParam("id") String id, @PathParam("n") String n, @QueryParam("note") String note) {
        return review.sendBack(ArticlePaths.id(id), ArticlePaths.number(n), note);
    }

    @POST
    @Path("{n}/archive")
    public VersionInfo archive(@PathParam("id") String id, @PathParam("n") String n) {
        return review.archive(ArticlePaths.id(id), ArticlePaths.number(n));
    }
}
