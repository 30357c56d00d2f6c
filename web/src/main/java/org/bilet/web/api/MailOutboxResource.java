package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bilet.channels.mail.MailState;
import org.bilet.channels.mail.OutgoingMailInfo;
import org.bilet.channels.mail.Outbox;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.Page;

/** The outbox and its delivery log for administrators, and another try for a message that was given up. */
@Path("admin/mail/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class MailOutboxResource {

    @EJB
    Outbox outbox;

    @GET
    public Page<OutgoingMailInfo> list(@QueryParam("state") String state,
                                       @QueryParam("page") @DefaultValue("0") String page,
                                       @QueryParam("size") @DefaultValue("20") String size) {
        return outbox.page(state(state), QueryNumbers.parse("page", page), QueryNumbers.parse("size", size));
    }

    @POST
    @Path("{id}/retry")
    public OutgoingMailInfo retry(@PathParam("id") long id) {
        return outbox.retry(id);
    }

    private static MailState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        return Choices.find(MailState.class, state).orElseThrow(() -> InvalidInputException.of("state",
                "state is one of " + Choices.of(MailState.class) + ", not '" + Problem.shown(state) + "'."));
    }
}
