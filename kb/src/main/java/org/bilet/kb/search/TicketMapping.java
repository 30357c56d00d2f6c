package org.bilet.kb.search;

import org.bilet.tickets.Ticket;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

/**
 * Maps the core's ticket for search from here, so that the core carries no search annotations: one
 * document per ticket, written by {@link TicketBinder}.
 */
public class TicketMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String TICKET_INDEX = "ticket";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var ticket = context.programmaticMapping().type(Ticket.class);
        ticket.indexed().index(TICKET_INDEX);
        ticket.binder(new TicketBinder());
    }
}
