package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bilet.kb.article.KnowledgeSettings;
import org.bilet.kb.article.ReviewRules;
import org.bilet.people.Roles;

/** {@code /api/admin/kb/settings}: {@code {"editorsPublish","selfApproval"}}, both false unless administrators allow. */
@Path("admin/kb/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class KnowledgeSettingsResource {

    @EJB
    KnowledgeSettings settings;

    @GET
    public ReviewRules get() {
        return settings.rules();
    }

    @PUT
    public ReviewRules change(ReviewRules rules) {
        return settings.change(rules);
    }
}
