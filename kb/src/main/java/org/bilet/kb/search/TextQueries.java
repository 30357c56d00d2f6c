package org.bilet.kb.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.bilet.kb.language.TextLanguage;

/**
 * The text part of every ticket and article query, as Lucene queries built through the same
 * analyzers the index uses: a search (half of the words in one of the readable fields, the subject
 * or title counting more) and "like this text" (a tenth of its words, in its language and without
 * one). Either also matches by the concepts the text names ({@link Concepts}), which is how a
 * ticket or article in another language is found. Plain Lucene, so that the quality evaluation runs
 * the very queries the service does.
 */
final class TextQueries {

    /** Words past this many are ignored in a search, which keeps it within Lucene's clause limit. */
    static final int MAX_SEARCH_WORDS = 20;
    /** Enough of a text to say what it is about, within the same limit. */
    static final int MAX_ALIKE_WORDS = 40;
    static final float SEARCH_SHARE = 0.5f;
    static final float ALIKE_SHARE = 0.1f;
    static final float SUBJECT_BOOST = 2f;
    /** Share of a search's concepts a ticket must name to be found by them alone. */
    static final float SEARCH_CONCEPT_SHARE = 0.5f;
    /** Share of a text's concepts a ticket must name to count as like it by them alone. */
    static final float ALIKE_CONCEPT_SHARE = 0.1f;
    /** Weight of concept matches against word matches in a search. */
    static final float SEARCH_CONCEPT_BOOST = 2.5f;
    /** Weight of concept matches in "like this text": they are what finds the same problem in other languages. */
    static final float ALIKE_CONCEPT_BOOST = 5f;
    /**
     * Weight of words matched in the text's own language in "like this text", so that a ticket told
     * in the same language and naming the same concepts comes before those of other languages.
     */
    static final float ALIKE_OWN_LANGUAGE_BOOST = 5f;
    private static final Pattern TICKET_NUMBER = Pattern.compile("(?i)[a-z]{2,10}-\\d{1,12}");

    private static final Map<SearchBackend, Analyzer> ANALYZERS = Map.of(
            SearchBackend.LUCENE, perField(SearchBackend.LUCENE),
            SearchBackend.ELASTICSEARCH, perField(SearchBackend.ELASTICSEARCH));

    private TextQueries() {
    }

    /**
     * The words of a search in any readable field (and the notes, for staff), or half of the concepts
     * they name in any language; null when nothing is left to look for.
     */
    static Query search(String text, boolean withNotes) {
        return search(text, withNotes, SearchBackend.configured());
    }

    /** As {@link #search(String, boolean)}, its words read as the given backend's index reads them. */
    static Query search(String text, boolean withNotes, SearchBackend backend) {
        var groups = withNotes ? List.of(TicketFields.PUBLIC_TEXT, TicketFields.NOTES) : List.of(TicketFields.PUBLIC_TEXT);
        return search(text, groups, TicketFields.SUBJECT, true, ANALYZERS.get(backend));
    }

    /**
     * The words of a search in a published article's title or body, as {@link #search} matches a
     * ticket's: half of them, or half the concepts they name, the title counting more.
     */
    static Query searchArticles(String text) {
        return search(text, List.of(ArticleFields.BODY), ArticleFields.TITLE, false, ANALYZERS.get(SearchBackend.configured()));
    }

    private static Query search(String text, List<String> groups, String titleGroup, boolean byNumber, Analyzer analyzer) {
        var words = words(text, MAX_SEARCH_WORDS);
        var fields = new ArrayList<String>();
        groups.forEach(group -> fields.addAll(TicketFields.group(group)));
        // Two words must both match; of more, half must.
        var each = words.split(" ");
        float share = each.length <= 2 ? 1f : SEARCH_SHARE;
        var any = anyField(analyzer, fields, words, share);
        // The language of a few words is seldom certain: their concepts in any language. A word
        // naming none (a name, a code) must still match as a word when the rule above needs it.
        var concepts = Concepts.ofAnyLanguage(words);
        if (!concepts.isEmpty()) {
            var plain = Arrays.stream(each).filter(word -> Concepts.ofAnyLanguage(word).isEmpty()).toList();
            int needed = (int) (share * each.length) - (each.length - plain.size());
            var byConcepts = new BooleanQuery.Builder();
            addConcepts(byConcepts, groups.stream().map(TicketFields::concepts).toList(), concepts, SEARCH_CONCEPT_SHARE,
                    SEARCH_CONCEPT_BOOST);
            var conceptRoute = new BooleanQuery.Builder().add(byConcepts.build(), Occur.MUST);
            if (needed > 0) {
                var rest = anyField(analyzer, fields, String.join(" ", plain), Math.min(1f, (needed + 0.5f) / plain.size())).build();
                conceptRoute.add(rest, Occur.MUST);
            }
            any.add(conceptRoute.build(), Occur.SHOULD);
        }
        if (byNumber && TICKET_NUMBER.matcher(words).matches()) {
            any.add(new BoostQuery(new TermQuery(new Term(TicketFields.NUMBER, words.toLowerCase(Locale.ROOT))), 10f), Occur.SHOULD);
        }
        return withSubject(analyzer, any.build(), titleGroup, TicketFields.group(titleGroup), words, concepts, SEARCH_CONCEPT_BOOST);
    }

    /**
     * Tickets like a text: a tenth of its words in its language's readable field (weighing most) or
     * the language-free ones, or a tenth of its concepts, found in its language.
     */
    static Query alike(String text, Optional<TextLanguage> language) {
        return alike(text, language, SearchBackend.configured());
    }

    /** As {@link #alike(String, Optional)}, its words read as the given backend's index reads them. */
    static Query alike(String text, Optional<TextLanguage> language, SearchBackend backend) {
        return alike(text, language, TicketFields.PUBLIC_TEXT, TicketFields.SUBJECT, ANALYZERS.get(backend));
    }

    /** Articles like a text, as {@link #alike} finds tickets: in the body, the title counting more. */
    static Query articlesAlike(String text, Optional<TextLanguage> language) {
        return alike(text, language, ArticleFields.BODY, ArticleFields.TITLE, ANALYZERS.get(SearchBackend.configured()));
    }

    private static Query alike(String text, Optional<TextLanguage> language, String textGroup, String titleGroup, Analyzer analyzer) {
        var words = words(text, MAX_ALIKE_WORDS);
        var titles = new ArrayList<String>();
        language.ifPresent(l -> titles.add(TicketFields.text(titleGroup, l)));
        titles.add(TicketFields.text(titleGroup, TextAnalysis.PREFIX));
        var any = anyField(analyzer, List.of(TicketFields.text(textGroup, TextAnalysis.FOLDED),
                TicketFields.text(textGroup, TextAnalysis.PREFIX)), words, ALIKE_SHARE);
        language.ifPresent(l -> {
            var own = new QueryBuilder(analyzer).createMinShouldMatchQuery(TicketFields.text(textGroup, l), words, ALIKE_SHARE);
            if (own != null) {
                any.add(new BoostQuery(own, ALIKE_OWN_LANGUAGE_BOOST), Occur.SHOULD);
            }
        });
        var concepts = new LinkedHashSet<>(Concepts.mentions(language, words));
        addConcepts(any, List.of(TicketFields.concepts(textGroup)), concepts, ALIKE_CONCEPT_SHARE, ALIKE_CONCEPT_BOOST);
        return withSubject(analyzer, any.build(), titleGroup, titles, words, concepts, ALIKE_CONCEPT_BOOST);
    }

    /** The analyzer of every text field, by name, for indexing outside Hibernate Search (the evaluation). */
    static Analyzer analyzer() {
        return ANALYZERS.get(SearchBackend.LUCENE);
    }

    private static String words(String text, int max) {
        return String.join(" ", Arrays.stream(text.strip().split("\\s+")).limit(max).toList());
    }

    private static BooleanQuery.Builder anyField(Analyzer analyzer, List<String> fields, String words, float share) {
        var builder = new QueryBuilder(analyzer);
        var any = new BooleanQuery.Builder();
        for (var field : fields) {
            var query = builder.createMinShouldMatchQuery(field, words, share);
            if (query != null) {
                any.add(query, Occur.SHOULD);
            }
        }
        return any;
    }

    /** Tickets naming a share of the concepts, in any of the fields, as one more way to match. */
    private static void addConcepts(BooleanQuery.Builder any, List<String> fields, Collection<String> concepts, float share, float boost) {
        if (concepts.isEmpty()) {
            return;
        }
        var anyField = new BooleanQuery.Builder();
        for (var field : fields) {
            anyField.add(conceptQuery(field, concepts, share), Occur.SHOULD);
        }
        any.add(new BoostQuery(anyField.build(), boost), Occur.SHOULD);
    }

    private static Query conceptQuery(String field, Collection<String> concepts, float share) {
        var query = new BooleanQuery.Builder();
        concepts.forEach(concept -> query.add(new TermQuery(new Term(field, concept)), Occur.SHOULD));
        query.setMinimumNumberShouldMatch(Math.max(1, (int) (share * concepts.size())));
        return query.build();
    }

    private static Query withSubject(Analyzer analyzer, Query matching, String titleGroup, List<String> subjectFields, String words,
                                     Collection<String> concepts, float conceptBoost) {
        var builder = new QueryBuilder(analyzer);
        var subject = new BooleanQuery.Builder();
        for (var field : subjectFields) {
            var query = builder.createBooleanQuery(field, words);
            if (query != null) {
                subject.add(query, Occur.SHOULD);
            }
        }
        if (!concepts.isEmpty()) {
            subject.add(new BoostQuery(conceptQuery(TicketFields.concepts(titleGroup), concepts, 0f), conceptBoost), Occur.SHOULD);
        }
        return new BooleanQuery.Builder()
                .add(matching, Occur.MUST)
                .add(new BoostQuery(subject.build(), SUBJECT_BOOST), Occur.SHOULD)
                .build();
    }

    private static Analyzer perField(SearchBackend backend) {
        Map<String, Analyzer> analyzers = new HashMap<>();
        var folded = Analyzers.folded();
        var prefix = Analyzers.prefix();
        var byLanguage = new HashMap<TextLanguage, Analyzer>();
        for (var language : TextLanguage.values()) {
            byLanguage.put(language, Analyzers.of(language, backend));
        }
        var groups = new ArrayList<>(TicketFields.GROUPS);
        groups.addAll(ArticleFields.GROUPS);
        for (var group : groups) {
            byLanguage.forEach((language, analyzer) -> analyzers.put(TicketFields.text(group, language), analyzer));
            analyzers.put(TicketFields.text(group, TextAnalysis.FOLDED), folded);
            analyzers.put(TicketFields.text(group, TextAnalysis.PREFIX), prefix);
            analyzers.put(TicketFields.concepts(group), Analyzers.concepts());
        }
        return new PerFieldAnalyzerWrapper(folded, analyzers);
    }
}
