package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bilet.people.Roles;
import org.bilet.worklog.Workload;
import org.bilet.worklog.WorkloadReport;

/** Each active staff member's workload, for managers: the figures of the workload screen. */
@Path("workload")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkloadResource {

    @EJB
    Workload workload;

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public WorkloadReport now() {
        return workload.now();
    }
}
