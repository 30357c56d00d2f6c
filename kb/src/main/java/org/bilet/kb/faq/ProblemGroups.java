package org.bilet.kb.faq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups tickets that report the same problem: each ticket joins the group whose centre it is
 * most alike (cosine of {@link ProblemVectors}) when that is at least the threshold, or starts a
 * group of its own; a second pass then places every ticket again against the finished centres, so
 * the order of arrival matters little. Centres are found through the terms that weigh most in them,
 * so a ticket is compared with a few groups, not all: linear in the number of tickets.
 */
final class ProblemGroups {

    /** How alike a ticket must be to a group's centre to join it. */
    static final double THRESHOLD = 0.30;
    /** The fewest tickets that make a recurring problem. */
    static final int MIN_SIZE = 3;
    /** Terms of a ticket through which candidate groups are found. */
    private static final int LOOKUP_TERMS = 8;
    /** Terms of a group's centre under which it can be found. */
    private static final int INDEXED_TERMS = 12;

    private final double threshold;
    private final int minSize;

    ProblemGroups() {
        this(THRESHOLD, MIN_SIZE);
    }

    ProblemGroups(double threshold, int minSize) {
        this.threshold = threshold;
        this.minSize = minSize;
    }

    /** The groups of at least the minimum size, largest first; each lists its members' positions, most typical first. */
    List<int[]> of(List<SparseVector> vectors) {
        var centres = new Centres();
        var assigned = new int[vectors.size()];
        for (int i = 0; i < vectors.size(); i++) {
            assigned[i] = centres.place(vectors.get(i), true);
        }
        for (int pass = 0; pass < 2; pass++) {
            var settled = centres.settled();
            var next = new Centres();
            for (int i = 0; i < vectors.size(); i++) {
                int group = settled.best(vectors.get(i));
                assigned[i] = group < 0 ? next.place(vectors.get(i), true) : next.join(group, vectors.get(i));
            }
            centres = next;
        }
        return groups(vectors, assigned, centres);
    }

    private List<int[]> groups(List<SparseVector> vectors, int[] assigned, Centres centres) {
        var members = new HashMap<Integer, List<Integer>>();
        for (int i = 0; i < assigned.length; i++) {
            if (assigned[i] >= 0) {
                members.computeIfAbsent(assigned[i], g -> new ArrayList<>()).add(i);
            }
        }
        var groups = new ArrayList<int[]>();
        members.forEach((group, list) -> {
            if (list.size() >= minSize) {
                var centre = centres.centre(group);
                list.sort(Comparator.comparingDouble((Integer i) -> -vectors.get(i).dot(centre)).thenComparing(i -> i));
                groups.add(list.stream().mapToInt(Integer::intValue).toArray());
            }
        });
        groups.sort(Comparator.comparingInt((int[] g) -> -g.length).thenComparingInt(g -> g[0]));
        return groups;
    }

    /** Groups being formed: each a sum of its members' vectors, found through its heaviest terms. */
    private final class Centres {

        private final List<Map<Integer, Double>> sums = new ArrayList<>();
        private final List<Double> squaredNorms = new ArrayList<>();
        private final List<Integer> indexedAtSize = new ArrayList<>();
        private final List<Integer> sizes = new ArrayList<>();
        private final Map<Integer, List<Integer>> byTerm = new HashMap<>();
        /** Group ids of the centres this one was settled from, when placing against settled ones. */
        private final Map<Integer, Integer> fromSettled = new HashMap<>();

        /** Places a vector in its most alike group, or a new one; answers the group. */
        int place(SparseVector vector, boolean mayStart) {
            if (vector.isEmpty()) {
                return -1;
            }
            int best = best(vector);
            if (best >= 0) {
                add(best, vector);
                return best;
            }
            return mayStart ? start(vector) : -1;
        }

        /** Adds a vector to the group that continues the given settled one. */
        int join(int settledGroup, SparseVector vector) {
            var group = fromSettled.get(settledGroup);
            if (group == null) {
                group = start(vector);
                fromSettled.put(settledGroup, group);
            } else {
                add(group, vector);
            }
            return group;
        }

        int best(SparseVector vector) {
            return bestOf(vector, byTerm, this::cosine);
        }

        SparseVector centre(int group) {
            return SparseVector.of(sums.get(group));
        }

        SettledCentres settled() {
            var vectors = new ArrayList<SparseVector>(sums.size());
            for (var sum : sums) {
                vectors.add(SparseVector.of(sum));
            }
            return new SettledCentres(vectors);
        }

        private int start(SparseVector vector) {
            sums.add(new HashMap<>());
            squaredNorms.add(0.0);
            sizes.add(0);
            indexedAtSize.add(0);
            int group = sums.size() - 1;
            add(group, vector);
            return group;
        }

        private void add(int group, SparseVector vector) {
            var sum = sums.get(group);
            double squaredNorm = squaredNorms.get(group);
            for (int i = 0; i < vector.terms().length; i++) {
                double before = sum.getOrDefault(vector.terms()[i], 0.0);
                double after = before + vector.weights()[i];
                sum.put(vector.terms()[i], after);
                squaredNorm += after * after - before * before;
            }
            squaredNorms.set(group, squaredNorm);
            int size = sizes.get(group) + 1;
            sizes.set(group, size);
            // Index again whenever the group has doubled, as its heaviest terms may have changed.
            if (size >= 2 * indexedAtSize.get(group) || indexedAtSize.get(group) == 0) {
                indexedAtSize.set(group, size);
                for (var term : heaviest(sum, INDEXED_TERMS)) {
                    var groups = byTerm.computeIfAbsent(term, t -> new ArrayList<>());
                    if (groups.isEmpty() || groups.get(groups.size() - 1) != group) {
                        groups.add(group);
                    }
                }
            }
        }

        private double cosine(int group, SparseVector vector) {
            var sum = sums.get(group);
            double dot = 0;
            for (int i = 0; i < vector.terms().length; i++) {
                var weight = sum.get(vector.terms()[i]);
                if (weight != null) {
                    dot += weight * vector.weights()[i];
                }
            }
            return dot == 0 ? 0 : dot / Math.sqrt(squaredNorms.get(group));
        }
    }

    /** The centres of a finished pass, fixed, each of unit length. */
    private final class SettledCentres {

        private final List<SparseVector> centres;
        private final Map<Integer, List<Integer>> byTerm = new HashMap<>();

        SettledCentres(List<SparseVector> centres) {
            this.centres = centres;
            for (int group = 0; group < centres.size(); group++) {
                for (var term : heaviest(centres.get(group), INDEXED_TERMS)) {
                    byTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(group);
                }
            }
        }

        int best(SparseVector vector) {
            return bestOf(vector, byTerm, (group, v) -> centres.get(group).dot(v));
        }
    }

    private interface Similarity {
        double of(int group, SparseVector vector);
    }

    private int bestOf(SparseVector vector, Map<Integer, List<Integer>> byTerm, Similarity similarity) {
        int best = -1;
        double bestScore = threshold;
        var seen = new java.util.HashSet<Integer>();
        for (var term : heaviest(vector, LOOKUP_TERMS)) {
            for (var group : byTerm.getOrDefault(term, List.of())) {
                if (seen.add(group)) {
                    double score = similarity.of(group, vector);
                    if (score >= bestScore) {
                        bestScore = score;
                        best = group;
                    }
                }
            }
        }
        return best;
    }

    private static int[] heaviest(SparseVector vector, int count) {
        var order = new Integer[vector.terms().length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> -vector.weights()[i]));
        var terms = new int[Math.min(count, order.length)];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = vector.terms()[order[i]];
        }
        return terms;
    }

    private static List<Integer> heaviest(Map<Integer, Double> sum, int count) {
        return sum.entrySet().stream().sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                .limit(count).map(Map.Entry::getKey).toList();
    }
}
