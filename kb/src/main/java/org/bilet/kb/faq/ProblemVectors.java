package org.bilet.kb.faq;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilet.kb.language.TextLanguage;
import org.bilet.kb.search.Concepts;
import org.bilet.kb.search.TextTerms;

/**
 * Turns the requesters' words into comparable vectors: the stems of each ticket's language (the
 * subject counting double, as it names the problem), the language-free word prefixes at a lower
 * weight (they join forms a stemmer misses and the words of related languages), and the concepts
 * the text names ({@link Concepts}, in the ticket's language), weighted by how
 * rare each term is among the tickets mined (tf-idf). A term only one ticket uses cannot join two
 * tickets, so it is left out rather than lengthen the vector. Tickets are added one at a time, so
 * that only their terms are kept, not their texts.
 */
final class ProblemVectors {

    static final double SUBJECT_WEIGHT = 2.0;
    static final double PREFIX_WEIGHT = 0.5;
    /**
     * Concepts are what joins tickets told in other languages, and what two tellings of one problem
     * share most: a concept counts ten times a word (chosen on the evaluation set, see
     * docs/search-quality.md).
     */
    static final double CONCEPT_WEIGHT = 10.0;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Integer> documentFrequency = new ArrayList<>();
    private final List<int[]> ticketTerms = new ArrayList<>();
    private final List<float[]> ticketCounts = new ArrayList<>();
    private String[] names;

    static List<SparseVector> of(List<MinedTicket> tickets) {
        var vectors = new ProblemVectors();
        tickets.forEach(vectors::add);
        return vectors.build();
    }

    void add(MinedTicket ticket) {
        var counts = counts(ticket, true);
        var terms = new int[counts.size()];
        var weights = new float[counts.size()];
        int i = 0;
        for (var entry : counts.entrySet()) {
            terms[i] = entry.getKey();
            weights[i++] = entry.getValue().floatValue();
            documentFrequency.set(entry.getKey(), documentFrequency.get(entry.getKey()) + 1);
        }
        ticketTerms.add(terms);
        ticketCounts.add(weights);
    }

    /**
     * Another text (an article) as a vector among the tickets added: weighted by their term
     * statistics, its terms that no ticket uses left out.
     */
    SparseVector vectorOf(MinedTicket text) {
        double n = ticketTerms.size();
        var weights = new HashMap<Integer, Double>();
        counts(text, false).forEach((term, count) -> weights.put(term, (1 + Math.log(count)) * Math.log(n / documentFrequency.get(term))));
        return SparseVector.of(weights);
    }

    private Map<Integer, Double> counts(MinedTicket ticket, boolean learn) {
        var counts = new HashMap<Integer, Double>();
        count(counts, TextTerms.stems(ticket.language(), ticket.subject()), "", SUBJECT_WEIGHT, learn);
        count(counts, TextTerms.stems(ticket.language(), ticket.description()), "", 1, learn);
        count(counts, TextTerms.prefixes(ticket.subject() + "\n" + ticket.description()), "~", PREFIX_WEIGHT, learn);
        count(counts, concepts(ticket.language(), ticket.subject()), "#", SUBJECT_WEIGHT * CONCEPT_WEIGHT, learn);
        count(counts, concepts(ticket.language(), ticket.description()), "#", CONCEPT_WEIGHT, learn);
        return counts;
    }

    /** Each ticket's vector, in the order added; empty for a ticket with no term another ticket shares. */
    List<SparseVector> build() {
        double n = ticketTerms.size();
        var vectors = new ArrayList<SparseVector>(ticketTerms.size());
        for (int t = 0; t < ticketTerms.size(); t++) {
            var weights = new HashMap<Integer, Double>();
            var terms = ticketTerms.get(t);
            var counts = ticketCounts.get(t);
            for (int i = 0; i < terms.length; i++) {
                int df = documentFrequency.get(terms[i]);
                if (df > 1) {
                    weights.put(terms[i], (1 + Math.log(counts[i])) * Math.log(n / df));
                }
            }
            vectors.add(SparseVector.of(weights));
            ticketTerms.set(t, null);
            ticketCounts.set(t, null);
        }
        return vectors;
    }

    private static List<String> concepts(Optional<TextLanguage> language, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.copyOf(language.map(l -> Concepts.of(l, text)).orElseGet(() -> Concepts.ofAnyLanguage(text)));
    }

    /** Counts each occurrence at the weight of where it occurs (at least 0.5, so that 1 + log(tf) stays positive). */
    private void count(Map<Integer, Double> counts, List<String> terms, String prefix, double weight, boolean learn) {
        for (var term : terms) {
            Integer id = learn ? ids.computeIfAbsent(prefix + term, key -> {
                documentFrequency.add(0);
                return ids.size();
            }) : ids.get(prefix + term);
            if (id != null) {
                counts.merge(id, weight, Double::sum);
            }
        }
    }

    /** The terms that weigh most in the sum of the given vectors, by name. */
    List<String> heaviestTerms(List<SparseVector> members, int count) {
        var sum = new HashMap<Integer, Double>();
        for (var vector : members) {
            for (int i = 0; i < vector.terms().length; i++) {
                sum.merge(vector.terms()[i], (double) vector.weights()[i], Double::sum);
            }
        }
        if (names == null) {
            names = new String[ids.size()];
            ids.forEach((name, id) -> names[id] = name);
        }
        return sum.entrySet().stream().sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(count).map(e -> names[e.getKey()]).toList();
    }
}
