package org.bilet.kb.faq;

import java.util.Map;

/** A text as weighted term ids, sorted by id and of unit length, so that a dot product is a cosine. */
record SparseVector(int[] terms, float[] weights) {

    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    /** The given weights by term, scaled to unit length. */
    static SparseVector of(Map<Integer, Double> weights) {
        var entries = weights.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.comparingByKey()).toList();
        double norm = Math.sqrt(entries.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
        if (norm == 0) {
            return EMPTY;
        }
        var terms = new int[entries.size()];
        var scaled = new float[entries.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = entries.get(i).getKey();
            scaled[i] = (float) (entries.get(i).getValue() / norm);
        }
        return new SparseVector(terms, scaled);
    }

    double dot(SparseVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < other.terms.length) {
            if (terms[i] == other.terms[j]) {
                sum += weights[i++] * other.weights[j++];
            } else if (terms[i] < other.terms[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    boolean isEmpty() {
        return terms.length == 0;
    }
}
