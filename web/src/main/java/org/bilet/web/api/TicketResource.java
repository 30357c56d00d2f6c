package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.Page;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.tickets.CustomerHistory;
import org.bilet.tickets.HistoryEntry;
import org.bilet.tickets.MessageDetails;
import org.bilet.tickets.NewMessage;
import org.bilet.tickets.NewTicket;
import org.bilet.tickets.TicketDesk;
import org.bilet.tickets.TicketDetails;
import org.bilet.tickets.TicketFilter;
import org.bilet.tickets.TicketFinder;
import org.bilet.tickets.TicketHistory;
import org.bilet.tickets.TicketQueue;
import org.bilet.tickets.TicketStatus;
import org.bilet.tickets.TicketSummary;
import org.bilet.tickets.TimelineEntry;
import org.bilet.tickets.conversations.SplitRequest;
import org.bilet.tickets.conversations.Splits;

/** Tickets, their conversation and their history. Attachments are in {@link AttachmentResource}. */
@Path("tickets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class TicketResource {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    @EJB
    TicketDesk desk;

    @EJB
    TicketFinder finder;

    @EJB
    TicketHistory history;

    @EJB
    Splits splits;

    @Context
    UriInfo uri;

    @POST
    public Response open(NewTicket request) {
        var ticket = desk.open(request);
        return Response.created(uri.getAbsolutePathBuilder().path(ticket.number()).build())
                .tag(Versions.etag(ticket.version()))
                .entity(ticket)
                .build();
    }

    @GET
    public Page<TicketSummary> list(@QueryParam("queue") String queue,
                                    @QueryParam("q") String text,
                                    @QueryParam("status") String status,
                                    @QueryParam("team") String team,
                                    @QueryParam("assignee") String assignee,
                                    @QueryParam("requester") String requester,
                                    @QueryParam("priority") String priority,
                                    @QueryParam("category") String category,
                                    @QueryParam("tag") String tag,
                                    @QueryParam("sort") String sort,
                                    @QueryParam("page") @DefaultValue("0") String page,
                                    @QueryParam("size") @DefaultValue("20") String size) {
        return finder.list(TicketFilter.all().inQueue(named(TicketQueue.class, "queue", queue)).matching(text)
                .withStatus(named(TicketStatus.class, "status", status)).inTeam(team).assignedTo(assignee)
                .requestedBy(requester).withPriority(priority).inCategory(category).tagged(tag).sortedBy(sort)
                .page(QueryNumbers.parse("page", page), QueryNumbers.parse("size", size)));
    }

    @GET
    @Path("{number}")
    public Response get(@PathParam("number") String number) {
        return withVersion(finder.find(number));
    }

    @PATCH
    @Path("{number}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH_JSON})
    public Response change(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return ProblemResponses.of(Problem.of(428, "Precondition Required",
                    "Send If-Match with the ticket's ETag, so that you do not overwrite someone else's change."));
        }
        return withVersion(desk.change(number, Versions.fromIfMatch(ifMatch), TicketPatch.parse(body)));
    }

    @GET
    @Path("{number}/messages")
    public List<MessageDetails> messages(@PathParam("number") String number) {
        return history.messages(number);
    }

    @POST
    @Path("{number}/messages")
    public Response post(@PathParam("number") String number, NewMessage message) {
        var posted = desk.post(number, message);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(posted.id())).build())
                .entity(posted).build();
    }

    /**
     * Staff split a public message into a new ticket for the same requester; answers the new ticket
     * (201). Here rather than in a resource of its own: a root resource whose path goes on below
     * {@code tickets/{number}/messages} takes the conversation's addresses from this one.
     */
    @POST
    @Path("{number}/messages/{id}/split")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public Response split(@PathParam("number") String number, @PathParam("id") String id, SplitRequest request) {
        var created = splits.split(number, messageId(number, id), request);
        return Response.created(uri.getBaseUriBuilder().path("tickets").path(created.number()).build())
                .tag(Versions.etag(created.version()))
                .entity(created).build();
    }

    private static long messageId(String number, String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException notANumber) {
            throw new ResourceNotFoundException("Ticket " + Problem.shown(number) + " has no message " + Problem.shown(id) + ".");
        }
    }

    @GET
    @Path("{number}/history")
    public List<HistoryEntry> history(@PathParam("number") String number) {
        return history.history(number);
    }

    @GET
    @Path("{number}/timeline")
    public List<TimelineEntry> timeline(@PathParam("number") String number) {
        return history.timeline(number);
    }

    @GET
    @Path("{number}/customer-history")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public CustomerHistory customerHistory(@PathParam("number") String number) {
        return history.customerHistory(number);
    }

    private static Response withVersion(TicketDetails ticket) {
        return Response.ok(ticket).tag(Versions.etag(ticket.version())).build();
    }

    private static <E extends Enum<E>> E named(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Choices.find(type, value).orElseThrow(() -> InvalidInputException.of(parameter,
                "There is no " + parameter + " '" + Problem.shown(value) + "'; use one of " + Choices.of(type) + "."));
    }
}
