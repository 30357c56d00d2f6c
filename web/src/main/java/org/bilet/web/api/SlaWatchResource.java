package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bilet.people.Roles;
import org.bilet.sla.SlaWatch;

/**
 * Runs the SLA watch now rather than at the next minute, for administrators who changed a calendar
 * or want to see what is due, and for the benchmark that times a pass.
 */
@Path("admin/sla/watch")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class SlaWatchResource {

    @EJB
    SlaWatch watch;

    @POST
    public SlaWatch.Pass runNow() {
        return watch.pass();
    }
}
