package org.bilet.kb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.bilet.kb.language.TextLanguage;
import org.bilet.tickets.Message;
import org.bilet.tickets.Ticket;

/**
 * What of a ticket's text goes into each text group of its document (see {@link TicketFields}), and
 * in which language: the subject; what the requester may read (subject, description, public
 * replies, resolution); the internal notes. One place for the index and the quality evaluation.
 */
record TicketText(Optional<TextLanguage> language, Map<String, List<String>> groups) {

    static TicketText of(Ticket ticket) {
        var replies = new ArrayList<String>();
        var notes = new ArrayList<String>();
        for (Message message : ticket.messages()) {
            (message.internal() ? notes : replies).add(message.bodyText());
        }
        return of(TextLanguage.ofCode(ticket.language()), ticket.subject(), ticket.descriptionText(), replies, notes,
                ticket.resolutionText());
    }

    static TicketText of(Optional<TextLanguage> language, String subject, String description, List<String> publicReplies,
                         List<String> notes, String resolution) {
        var readable = Stream.concat(Stream.concat(Stream.of(subject, description), publicReplies.stream()), Stream.of(resolution))
                .filter(TicketText::hasText).toList();
        return new TicketText(language, Map.of(
                TicketFields.SUBJECT, Stream.of(subject).filter(TicketText::hasText).toList(),
                TicketFields.PUBLIC_TEXT, readable,
                TicketFields.NOTES, notes.stream().filter(TicketText::hasText).toList()));
    }

    /**
     * Each field and its values: a group's texts go into the field of the ticket's language, when
     * known, and into the language-free ones; the concepts each names, found in the ticket's
     * language (in all of them when it is not known), into the group's concept field.
     */
    void forEachField(java.util.function.BiConsumer<String, String> field) {
        groups.forEach((group, texts) -> {
            for (var text : texts) {
                language.ifPresent(l -> field.accept(TicketFields.text(group, l), text));
                field.accept(TicketFields.text(group, TextAnalysis.FOLDED), text);
                field.accept(TicketFields.text(group, TextAnalysis.PREFIX), text);
                var concepts = Concepts.mentions(language, text);
                if (!concepts.isEmpty()) {
                    field.accept(TicketFields.concepts(group), String.join(" ", concepts));
                }
            }
        });
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
