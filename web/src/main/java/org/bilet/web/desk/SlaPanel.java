package org.bilet.web.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.bilet.sla.Promise;
import org.bilet.sla.SlaExplainer;
import org.bilet.sla.SlaExplanation;
import org.bilet.web.session.UserSession;
import org.primefaces.event.ToggleEvent;
import org.primefaces.model.Visibility;

/**
 * The SLA panel of the ticket screen: closed at first, and the explanation is read only when an
 * agent opens it; read again when the ticket has changed since (a save, a reply, a refresh).
 */
@Named
@ViewScoped
public class SlaPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SlaExplainer explainer;

    @Inject
    TicketView ticketView;

    @Inject
    UserSession me;

    private boolean open;
    private SlaExplanation explanation;
    private long explainedVersion = -1;

    public void toggled(ToggleEvent event) {
        open = event.getVisibility() == Visibility.VISIBLE;
        if (open) {
            explanation = null; // opened again: the clocks have run meanwhile
        }
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isCollapsed() {
        return !open;
    }

    public void setCollapsed(boolean collapsed) {
        open = !collapsed;
    }

    /** A row per kind of promise, in their order; {@code promise} is null for one not made (yet). */
    public record Row(Promise.Kind kind, SlaExplanation.PromiseView promise) {
    }

    public List<Row> getRows() {
        var explained = getExplanation();
        if (explained == null) {
            return List.of();
        }
        return Arrays.stream(Promise.Kind.values())
                .map(kind -> new Row(kind, explained.promises().stream().filter(p -> p.kind() == kind).findFirst().orElse(null)))
                .toList();
    }

    /** Null while the panel is closed. */
    public SlaExplanation getExplanation() {
        if (!open) {
            return null;
        }
        var ticket = ticketView.getTicket();
        if (explanation == null || explainedVersion != ticket.version()) {
            explanation = explainer.explain(ticket.number(), me.getLanguage());
            explainedVersion = ticket.version();
        }
        return explanation;
    }
}
