package org.bilet.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.bilet.kb.article.ArticleCategories;
import org.bilet.kb.article.CategoryDefinition;
import org.bilet.kb.article.CategoryNode;
import org.bilet.people.Roles;
import org.bilet.platform.ResourceNotFoundException;

/** The knowledge base's category tree: anyone reads it; editors and administrators add, rename, move and delete. */
@Path("kb/categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class ArticleCategoryResource {

    @EJB
    ArticleCategories categories;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    public List<CategoryNode> tree() {
        return categories.tree();
    }

    @POST
    public Response create(CategoryDefinition definition) {
        var created = categories.create(definition);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, TicketResource.MERGE_PATCH_JSON})
    public CategoryNode change(@PathParam("id") String id, CategoryDefinition definition) {
        return categories.change(categoryId(id), definition);
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        categories.delete(categoryId(id));
    }

    private static long categoryId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new ResourceNotFoundException("There is no knowledge-base category '" + Problem.shown(text) + "'.");
        }
    }
}
