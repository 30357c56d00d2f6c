package org.bilet.kb.faq;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bilet.kb.faq.FaqTickets.Told;
import org.jsoup.nodes.Element;

/**
 * Writes a recurring problem's draft article in the language most of its tickets are in: the
 * question is the most typical ticket's subject, the problem its description, and the answer the
 * distinct resolutions of its tickets (or, where none was written, the last staff replies),
 * most typical first. Editors rewrite it; it saves them the search for what solved it.
 */
final class FaqDrafts {

    /** Answers quoted in a draft. */
    static final int ANSWERS = 3;

    private static final Map<String, String[]> HEADINGS = Map.of(
            "pl", new String[] {"Problem", "Rozwiązanie"},
            "lt", new String[] {"Problema", "Sprendimas"},
            "uk", new String[] {"Проблема", "Рішення"},
            "ru", new String[] {"Проблема", "Решение"},
            "it", new String[] {"Problema", "Soluzione"},
            "en", new String[] {"Problem", "Solution"});

    private FaqDrafts() {
    }

    /** The draft from the group's tickets in its language, most typical first. */
    static FaqDraft of(String language, List<Told> typicalFirst) {
        var question = title(typicalFirst.get(0).subject());
        var answers = new LinkedHashSet<String>();
        typicalFirst.stream().map(Told::resolution).filter(FaqDrafts::hasText).map(String::strip).forEach(answers::add);
        if (answers.isEmpty()) {
            typicalFirst.stream().map(Told::staffReply).filter(FaqDrafts::hasText).map(String::strip).forEach(answers::add);
        }
        var headings = HEADINGS.getOrDefault(language, HEADINGS.get("en"));
        var body = new Element("div");
        body.appendElement("h2").text(headings[0]);
        body.appendElement("p").text(typicalFirst.get(0).description() == null ? "" : typicalFirst.get(0).description());
        body.appendElement("h2").text(headings[1]);
        var list = body.appendElement("ul");
        new ArrayList<>(answers).stream().limit(ANSWERS).forEach(answer -> list.appendElement("li").text(answer));
        return new FaqDraft(question, body.html());
    }

    /** A subject as a title: trimmed, capitalised, at most 200 characters. */
    static String title(String subject) {
        var title = subject == null ? "" : subject.strip().replaceAll("\\s+", " ");
        if (title.length() > 200) {
            title = title.substring(0, 199) + "…";
        }
        return title.isEmpty() ? title : title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
