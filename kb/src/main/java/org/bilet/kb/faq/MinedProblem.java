package org.bilet.kb.faq;

import java.util.List;

/**
 * A recurring problem as one computation found it: its tickets (most typical first), its trend
 * (the share of its tickets in the last quarter of the window, against a quarter: 1 is steady,
 * 2 twice as frequent lately), the ranking that orders the suggestions (size, raised by a rising
 * trend), its languages, its weightiest terms and a draft article (in the language most of its tickets are in).
 */
record MinedProblem(String title, List<Long> ticketIds, double trend, double ranking, List<String> languages,
                    List<String> signature, String draftLanguage, FaqDraft draft) {
}
