package org.bilet.web.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.tickets.TicketFinder;
import org.bilet.tickets.TicketNumber;

/** The search box in the top bar: a ticket number opens that ticket, words open the search page. */
@Named
@RequestScoped
public class JumpView {

    @Inject
    TicketFinder tickets;

    private String query;

    public String go() {
        var text = query == null ? "" : query.strip();
        var number = TicketNumber.fromSearch(text);
        if (number.isPresent()) {
            try {
                return "/desk/ticket?faces-redirect=true&number=" + tickets.find(number.get().value()).number();
            } catch (ResourceNotFoundException noSuchTicket) {
                // fall through: "404" may as well be words in a ticket
            }
        }
        return "/desk/search?faces-redirect=true&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
