package org.bilet.it.reports;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.bilet.channels.mail.MailWatch;
import org.bilet.it.time.MovableClock;
import org.bilet.reports.delivery.ReportWatch;

/**
 * Test-only API resource, added to the web module of {@link ReportDeliveryIT}'s deployment: moves
 * the server's clock and runs the report watch's pass (and the outbox's) now instead of waiting a minute.
 */
@Path("test/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportWatchResource {

    @EJB
    ReportWatch watch;

    @EJB
    MailWatch mail;

    @Inject
    MovableClock clock;

    @POST
    @Path("pass")
    public int pass() {
        int delivered = watch.pass();
        mail.pass();
        return delivered;
    }

    @POST
    @Path("clock")
    public void jump(@QueryParam("to") String instant) {
        clock.jumpTo(Instant.parse(instant));
    }

    @POST
    @Path("clock/reset")
    public void reset() {
        clock.reset();
    }
}
