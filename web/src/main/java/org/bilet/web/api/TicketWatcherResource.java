package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bilet.people.Roles;
import org.bilet.tickets.conversations.NewWatcher;
import org.bilet.tickets.conversations.WatcherInfo;
import org.bilet.tickets.conversations.Watchers;

/** Who watches a ticket; who may add and remove whom is the service's rule. */
@Path("tickets/{number}/watchers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class TicketWatcherResource {

    @EJB
    Watchers watchers;

    @GET
    public List<WatcherInfo> list(@PathParam("number") String number) {
        return watchers.list(number);
    }

    @POST
    public List<WatcherInfo> add(@PathParam("number") String number, NewWatcher watcher) {
        return watchers.add(number, watcher);
    }

    @DELETE
    @Path("{username}")
    public List<WatcherInfo> remove(@PathParam("number") String number, @PathParam("username") String username) {
        return watchers.remove(number, username);
    }
}
