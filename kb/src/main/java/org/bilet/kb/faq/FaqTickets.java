package org.bilet.kb.faq;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilet.kb.language.TextLanguage;
import org.bilet.people.Roles;
import org.bilet.tickets.RichText;

/**
 * Reads what the mining needs of tickets: the requesters' words of a window, streamed so that only
 * their terms are kept, and then the texts of the few tickets that make the drafts. Only what the
 * requester may read: never an internal note, as a draft is meant to be published.
 */
@Stateless
@RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.SYSTEM})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FaqTickets {

    /** What a ticket of a group gives its draft: its words, its resolution and its last public staff reply. */
    public record Told(String subject, String description, String resolution, String staffReply) {
    }

    @Inject
    EntityManager em;

    public MiningWindow window(Instant since) {
        var window = new MiningWindow();
        try (var rows = em.createQuery("""
                        select t.id, t.language, t.subject, t.description.content, t.description.format, t.createdAt
                        from Ticket t where t.createdAt >= :since order by t.createdAt, t.id""", Object[].class)
                .setParameter("since", since)
                .setHint("org.hibernate.fetchSize", 1000)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()) {
            rows.forEach(row -> window.add(new MinedTicket((Long) row[0], TextLanguage.ofCode((String) row[1]), (String) row[2],
                    RichText.plainText((String) row[3], (RichText.Format) row[4]), (Instant) row[5])));
        }
        return window;
    }

    public Map<Long, Told> told(List<Long> ids) {
        var told = new HashMap<Long, Told>();
        if (ids.isEmpty()) {
            return told;
        }
        var replies = new HashMap<Long, String>();
        for (var row : em.createQuery("""
                        select m.ticket.id, m.body.content, m.body.format from Message m
                        where m.ticket.id in :ids and m.internal = false and m.author <> m.ticket.requester
                        order by m.createdAt""", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            replies.put((Long) row[0], RichText.plainText((String) row[1], (RichText.Format) row[2]));
        }
        for (var row : em.createQuery("""
                        select t.id, t.subject, t.description.content, t.description.format, t.resolution.content, t.resolution.format
                        from Ticket t where t.id in :ids""", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            var id = (Long) row[0];
            told.put(id, new Told((String) row[1], RichText.plainText((String) row[2], (RichText.Format) row[3]),
                    RichText.plainText((String) row[4], (RichText.Format) row[5]), replies.get(id)));
        }
        return told;
    }

    /** The ticket numbers of the given ids, by id. */
    public Map<Long, String> numbers(List<Long> ids) {
        var numbers = new HashMap<Long, String>();
        for (int from = 0; from < ids.size(); from += 1000) {
            for (var row : em.createQuery("select t.id, t.number from Ticket t where t.id in :ids", Object[].class)
                    .setParameter("ids", new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + 1000)))).getResultList()) {
                numbers.put((Long) row[0], row[1].toString());
            }
        }
        return numbers;
    }
}
