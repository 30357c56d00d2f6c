package org.bilet.kb.faq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilet.kb.language.TextLanguage;

/** The tickets of a window as the mining keeps them: ids, languages, times and term vectors, no texts. */
public final class MiningWindow {

    private final List<Long> ids = new ArrayList<>();
    private final List<Optional<TextLanguage>> languages = new ArrayList<>();
    private final List<Instant> created = new ArrayList<>();
    private final ProblemVectors vectors = new ProblemVectors();
    private List<SparseVector> built;

    void add(MinedTicket ticket) {
        ids.add(ticket.id());
        languages.add(ticket.language());
        created.add(ticket.createdAt());
        vectors.add(ticket);
    }

    List<SparseVector> vectors() {
        if (built == null) {
            built = vectors.build();
        }
        return built;
    }

    int size() {
        return ids.size();
    }

    long id(int position) {
        return ids.get(position);
    }

    Optional<TextLanguage> language(int position) {
        return languages.get(position);
    }

    Instant created(int position) {
        return created.get(position);
    }

    /** The terms of a group's members that weigh most in their sum: what the problem is about. */
    List<String> signature(int[] members, int count) {
        return vectors.heaviestTerms(java.util.Arrays.stream(members).mapToObj(vectors()::get).toList(), count);
    }

    /** How alike a text (an article) is to a group's tickets: the cosine of its vector and their centre. */
    double likeness(int[] members, Optional<TextLanguage> language, String title, String body) {
        var sum = new java.util.HashMap<Integer, Double>();
        for (int member : members) {
            var vector = vectors().get(member);
            for (int i = 0; i < vector.terms().length; i++) {
                sum.merge(vector.terms()[i], (double) vector.weights()[i], Double::sum);
            }
        }
        return SparseVector.of(sum).dot(vectors.vectorOf(new MinedTicket(0, language, title, body, Instant.EPOCH)));
    }
}
