package org.bilet.web.kb.edit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A word-level difference of two texts: the longest common subsequence of their words, the rest
 * marked as removed (only in the old text) or added (only in the new one). Runs of the same kind
 * are joined, so a changed sentence reads as one removal and one addition. Quadratic in the words,
 * which suits articles (a few thousand words); longer texts are compared by their common
 * beginning and end, and the middle as one change.
 */
public final class WordDiff {

    public enum Kind { SAME, ADDED, REMOVED }

    /** A run of words of one kind, with the spaces between them. */
    public record Part(Kind kind, String text) implements Serializable {
    }

    /** Words compared by the table beyond this, in either text, are compared as one block. */
    static final int MAX_WORDS = 4000;

    private static final Pattern WORDS = Pattern.compile("\\s+");

    private WordDiff() {
    }

    static List<Part> of(String before, String after) {
        var a = words(before);
        var b = words(after);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        var parts = new Parts();
        a.subList(0, start).forEach(w -> parts.add(Kind.SAME, w));
        middle(a.subList(start, endA), b.subList(start, endB), parts);
        a.subList(endA, a.size()).forEach(w -> parts.add(Kind.SAME, w));
        return parts.list;
    }

    private static void middle(List<String> a, List<String> b, Parts parts) {
        if (a.size() > MAX_WORDS || b.size() > MAX_WORDS) {
            a.forEach(w -> parts.add(Kind.REMOVED, w));
            b.forEach(w -> parts.add(Kind.ADDED, w));
            return;
        }
        // common[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        var common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                parts.add(Kind.SAME, a.get(i++));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                parts.add(Kind.REMOVED, a.get(i++));
            } else {
                parts.add(Kind.ADDED, b.get(j++));
            }
        }
        a.subList(i, a.size()).forEach(w -> parts.add(Kind.REMOVED, w));
        b.subList(j, b.size()).forEach(w -> parts.add(Kind.ADDED, w));
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(WORDS.split(text.strip()));
    }

    /** Joins words of the same kind; removals come before additions where both change one place. */
    private static final class Parts {
        final List<Part> list = new ArrayList<>();

        void add(Kind kind, String word) {
            if (!list.isEmpty() && list.get(list.size() - 1).kind() == kind) {
                var last = list.remove(list.size() - 1);
                list.add(new Part(kind, last.text() + " " + word));
            } else {
                list.add(new Part(kind, word));
            }
        }
    }
}
