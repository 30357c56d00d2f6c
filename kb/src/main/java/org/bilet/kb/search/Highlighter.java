package org.bilet.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.bilet.kb.language.TextLanguage;

/**
 * Marks a query's words in a result's text as search matched them: through the text's language
 * analyzer, and the folded and prefix ones, so that "drukarki" is marked in "drukarka" and "zolty"
 * in "żółty". Words too common to mean anything (the six languages' stop words) are not marked.
 * The snippet is the part of the text where the marks are densest.
 */
final class Highlighter {

    private static final CharArraySet STOP_WORDS = new CharArraySet(2_000, true);

    static {
        for (var set : List.of(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, ItalianAnalyzer.getDefaultStopSet(),
                LithuanianAnalyzer.getDefaultStopSet(), PolishAnalyzer.getDefaultStopSet(), RussianAnalyzer.getDefaultStopSet(),
                UkrainianMorfologikAnalyzer.getDefaultStopwords())) {
            STOP_WORDS.addAll(set);
        }
    }

    private final List<Analyzer> analyzers = new ArrayList<>();
    private final List<Set<String>> queryTerms = new ArrayList<>();

    /** A highlighter of the query's words in texts of the given language. */
    Highlighter(String query, Optional<TextLanguage> language) {
        language.ifPresent(l -> analyzers.add(TextTerms.analyzer(l)));
        analyzers.add(TextTerms.FOLDED);
        analyzers.add(TextTerms.PREFIX);
        var words = new StringBuilder();
        for (var word : query.split("[\\s\\p{Punct}]+")) {
            if (!word.isBlank() && !STOP_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                words.append(word).append(' ');
            }
        }
        for (var analyzer : analyzers) {
            var terms = new HashSet<String>();
            tokens(analyzer, words.toString(), (term, start, end) -> terms.add(term));
            queryTerms.add(terms);
        }
    }

    /** Where the query's words are in the text, in order, without overlaps. */
    List<Highlight> in(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        var marks = new TreeMap<Integer, Integer>();
        for (int i = 0; i < analyzers.size(); i++) {
            var terms = queryTerms.get(i);
            tokens(analyzers.get(i), text, (term, start, end) -> {
                if (terms.contains(term)) {
                    marks.merge(start, end, Math::max);
                }
            });
        }
        var highlights = new ArrayList<Highlight>();
        marks.forEach((start, end) -> {
            if (!highlights.isEmpty() && start < highlights.get(highlights.size() - 1).end()) {
                var last = highlights.remove(highlights.size() - 1);
                highlights.add(new Highlight(last.start(), Math.max(last.end(), end)));
            } else {
                highlights.add(new Highlight(start, end));
            }
        });
        return highlights;
    }

    /** A snippet of the text: the whole of a short one, else the part of at most {@code max} characters with the most marks. */
    record Snippet(String text, List<Highlight> highlights) {
    }

    Snippet snippet(String text, int max) {
        var flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        var marks = in(flat);
        if (flat.length() <= max) {
            return new Snippet(flat, marks);
        }
        int bestFrom = 0;
        long bestCount = count(marks, 0, max);
        for (var mark : marks) {
            int from = Math.min(wordStart(flat, mark.start() - max / 4), flat.length() - max);
            long count = count(marks, from, from + max);
            if (count > bestCount) {
                bestCount = count;
                bestFrom = from;
            }
        }
        int from = bestFrom;
        int to = Math.min(flat.length(), from + max);
        var shown = new ArrayList<Highlight>();
        String prefix = from > 0 ? "…" : "";
        for (var mark : marks) {
            if (mark.start() >= from && mark.end() <= to) {
                shown.add(new Highlight(mark.start() - from + prefix.length(), mark.end() - from + prefix.length()));
            }
        }
        return new Snippet(prefix + flat.substring(from, to) + (to < flat.length() ? "…" : ""), shown);
    }

    private static long count(List<Highlight> marks, int from, int to) {
        return marks.stream().filter(m -> m.start() >= from && m.end() <= to).count();
    }

    /** The start of the word at or before the position. */
    private static int wordStart(String text, int position) {
        return position <= 0 ? 0 : text.lastIndexOf(' ', position) + 1;
    }

    private interface TokenSink {
        void accept(String term, int start, int end);
    }

    private static void tokens(Analyzer analyzer, String text, TokenSink sink) {
        try (var stream = analyzer.tokenStream("", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
