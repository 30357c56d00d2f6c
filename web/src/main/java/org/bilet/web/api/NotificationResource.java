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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.bilet.notifications.NotificationInfo;
import org.bilet.notifications.NotificationKind;
import org.bilet.notifications.Notifications;
import org.bilet.people.Directory;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.web.notifications.NotificationTexts;

/**
 * The caller's notifications, newest first, each worded in the caller's language; someone else's
 * notification is answered 404 like a missing one.
 */
@Path("me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    /** One notification as the API shows it; {@code ticket} is its number. */
    public record Item(long id, NotificationKind kind, String ticket, String subject, String text, Instant createdAt,
                       boolean read) {
    }

    /** A page of notifications and how many of all of the caller's are unread. */
    public record Items(long unread, List<Item> items) {
    }

    /** The answer to "mark all read". */
    public record Marked(int marked) {
    }

    @EJB
    Notifications notifications;

    @EJB
    Directory directory;

    @GET
    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public Items list(@QueryParam("unread") String unread,
                      @QueryParam("page") @DefaultValue("0") String page,
                      @QueryParam("size") @DefaultValue("20") String size) {
        var inbox = notifications.inbox(unreadOnly(unread), QueryNumbers.parse("page", page), QueryNumbers.parse("size", size));
        var locale = callersLocale();
        return new Items(inbox.unread(), inbox.items().stream().map(n -> item(n, locale)).toList());
    }

    @POST
    @Path("{id}/read")
    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public Item markRead(@PathParam("id") long id) {
        return item(notifications.markRead(id), callersLocale());
    }

    @POST
    @Path("read-all")
    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public Marked markAllRead() {
        return new Marked(notifications.markAllRead());
    }

    private Locale callersLocale() {
        return Locale.forLanguageTag(directory.me().locale());
    }

    private static Item item(NotificationInfo n, Locale locale) {
        return new Item(n.id(), n.kind(), n.ticket(), n.subject(), NotificationTexts.text(n, locale), n.createdAt(), n.read());
    }

    private static boolean unreadOnly(String unread) {
        if (unread == null || unread.isBlank() || unread.equalsIgnoreCase("false")) {
            return false;
        }
        if (unread.equalsIgnoreCase("true")) {
            return true;
        }
        throw InvalidInputException.of("unread", "unread is true or false, not '" + Problem.shown(unread) + "'.");
    }
}
