package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bilet.people.Roles;
import org.bilet.signin.LockoutInfo;
import org.bilet.signin.Lockouts;

/** Accounts and client addresses locked out after failed sign-ins, and lifting a lockout before it ends. */
@Path("admin/lockouts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class LockoutResource {

    @EJB
    Lockouts lockouts;

    @GET
    public List<LockoutInfo> current() {
        return lockouts.current();
    }

    @DELETE
    @Path("{id}")
    public void lift(@PathParam("id") long id) {
        lockouts.lift(id);
    }
}
