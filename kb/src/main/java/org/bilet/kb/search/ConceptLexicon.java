package org.bilet.kb.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.bilet.kb.language.TextLanguage;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.LithuanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The concept lexicon ({@code concepts/*.tsv} beside this class): words of the six languages that
 * name one thing of IT support, under a language-free concept id. Entries are written in base form;
 * a word of a text finds its entry through the same normalisation: the language's own analyzer (the
 * dictionary lemma or stem the index uses, folded) and, when that finds nothing, a rougher stem of
 * the folded word (Snowball, or a suffix list for Polish and Ukrainian), which catches inflected words
 * typed without diacritics and forms the dictionary does not know. Entries of several words match
 * as a phrase. Immutable once loaded; the per-word cache is concurrent, so one instance serves all.
 */
final class ConceptLexicon {

    /** The lexicon's files, one per domain of IT support. */
    static final List<String> DOMAINS = List.of("hardware", "network", "accounts", "mail", "files", "software",
            "symptoms", "work", "places");
    /** Words that any of the languages uses as they are (product names, Latin tech words). */
    static final String ANY_LANGUAGE = "*";
    private static final int CACHE_LIMIT = 100_000;
    /** A rough stem shorter than this says too little to join words. */
    private static final int MIN_STEM = 3;

    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var words = new StandardTokenizer();
            return new TokenStreamComponents(words, new LowerCaseFilter(words));
        }
    };

    private final Map<TextLanguage, Language> languages = new EnumMap<>(TextLanguage.class);
    private final Set<String> concepts = new TreeSet<>();

    private ConceptLexicon() {
        for (var language : TextLanguage.values()) {
            languages.put(language, new Language(language));
        }
    }

    static ConceptLexicon load() {
        var lexicon = new ConceptLexicon();
        for (var domain : DOMAINS) {
            var name = "concepts/" + domain + ".tsv";
            var stream = Objects.requireNonNull(ConceptLexicon.class.getResourceAsStream(name), name);
            try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                int number = 0;
                while ((line = reader.readLine()) != null) {
                    number++;
                    if (!line.isBlank() && !line.startsWith("#")) {
                        lexicon.add(line, name + ":" + number);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lexicon;
    }

    /** One line: a concept id, then columns "pl: word, word, two words" per language ("*" for all). */
    private void add(String line, String where) {
        var columns = line.split("\t");
        var concept = columns[0].strip();
        if (concept.isEmpty() || concept.contains(" ")) {
            throw new IllegalArgumentException(where + ": a concept id is one word: " + columns[0]);
        }
        concepts.add(concept);
        for (int i = 1; i < columns.length; i++) {
            var column = columns[i];
            int colon = column.indexOf(':');
            if (column.isBlank()) {
                continue;
            }
            if (colon < 0) {
                throw new IllegalArgumentException(where + ": a column starts with a language code and a colon: " + column);
            }
            var code = column.substring(0, colon).strip();
            Collection<Language> targets = code.equals(ANY_LANGUAGE) ? languages.values()
                    : List.of(languages.get(TextLanguage.ofCode(code)
                            .orElseThrow(() -> new IllegalArgumentException(where + ": no language " + code))));
            for (var entry : column.substring(colon + 1).split(",")) {
                if (!entry.isBlank()) {
                    targets.forEach(language -> language.add(concept, entry.strip()));
                }
            }
        }
    }

    /** Every concept id of the lexicon. */
    Set<String> concepts() {
        return concepts;
    }

    /** The concepts a text of this language names, in order, once per mention. */
    List<String> find(TextLanguage language, String text) {
        var found = new ArrayList<String>();
        if (text == null || text.isBlank()) {
            return found;
        }
        var lexicon = languages.get(language);
        var words = words(text).stream().map(lexicon::word).toList();
        for (int i = 0; i < words.size(); i++) {
            var here = new LinkedHashSet<String>();
            for (var key : words.get(i).keys()) {
                for (var phrase : lexicon.phrases.getOrDefault(key, List.of())) {
                    if (phrase.matches(words, i)) {
                        here.add(phrase.concept());
                    }
                }
            }
            here.addAll(words.get(i).concepts());
            found.addAll(here);
        }
        return found;
    }

    /** Lower-case words as the standard tokenizer finds them. */
    private static List<String> words(String text) {
        var words = new ArrayList<String>();
        try (var stream = WORDS.tokenStream("", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** What the lexicon knows of one word of a text: every key it goes by, and the concepts it names alone. */
    record Word(Set<String> keys, Set<String> concepts) {
    }

    /** An entry of several words: each word by its keys. */
    record Phrase(String concept, List<Set<String>> words) {

        boolean matches(List<Word> text, int from) {
            if (from + words.size() > text.size()) {
                return false;
            }
            for (int i = 0; i < words.size(); i++) {
                if (Collections.disjoint(words.get(i), text.get(from + i).keys())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One language's part of the lexicon. */
    private static final class Language {

        private final TextLanguage language;
        private final Analyzer analyzer;
        private final Map<String, Set<String>> byKey = new HashMap<>();
        private final Map<String, Set<String>> byStem = new HashMap<>();
        private final Map<String, List<Phrase>> phrases = new HashMap<>();
        private final Map<String, Word> cache = new ConcurrentHashMap<>();

        Language(TextLanguage language) {
            this.language = language;
            this.analyzer = Analyzers.of(language);
        }

        void add(String concept, String entry) {
            var entryWords = words(entry);
            if (entryWords.size() == 1) {
                var word = entryWords.get(0);
                for (var key : keys(word)) {
                    byKey.computeIfAbsent(key, k -> new HashSet<>()).add(concept);
                }
                // A base form cut by the suffix list may lose more than its inflected forms do
                // ("udział" against "udzialu"), so the folded base form is a stem too.
                for (var stem : new String[] {stem(word), fold(word)}) {
                    if (stem != null && stem.length() >= MIN_STEM) {
                        byStem.computeIfAbsent(stem, k -> new HashSet<>()).add(concept);
                    }
                }
            } else if (entryWords.size() > 1) {
                var phrase = new Phrase(concept, entryWords.stream().map(this::allKeys).toList());
                for (var key : phrase.words().get(0)) {
                    phrases.computeIfAbsent(key, k -> new ArrayList<>()).add(phrase);
                }
            }
        }

        Word word(String word) {
            var known = cache.get(word);
            if (known == null) {
                if (cache.size() > CACHE_LIMIT) {
                    cache.clear();
                }
                known = new Word(allKeys(word), concepts(word));
                cache.put(word, known);
            }
            return known;
        }

        private Set<String> concepts(String word) {
            var found = new LinkedHashSet<String>();
            for (var key : keys(word)) {
                found.addAll(byKey.getOrDefault(key, Set.of()));
            }
            if (found.isEmpty()) {
                var stem = stem(word);
                if (stem != null) {
                    found.addAll(byStem.getOrDefault(stem, Set.of()));
                }
            }
            // Lithuanian writes "not" and "no longer" into the verb: "nespausdina", "nebegalioja".
            if (found.isEmpty() && language == TextLanguage.LT) {
                for (var prefix : List.of("nebe", "ne")) {
                    if (word.startsWith(prefix) && word.length() - prefix.length() > 4) {
                        found.addAll(concepts(word.substring(prefix.length())));
                        break;
                    }
                }
            }
            return Set.copyOf(found);
        }

        /** The keys a phrase's word matches by: its analyzed forms and its rough stem. */
        private Set<String> allKeys(String word) {
            var keys = new HashSet<>(keys(word));
            var stem = stem(word);
            if (stem != null) {
                keys.add("~" + stem);
            }
            return Set.copyOf(keys);
        }

        /** The word as the language's analyzer leaves it (a Polish or Ukrainian word may have several lemmas), folded. */
        private Set<String> keys(String word) {
            var keys = new LinkedHashSet<String>();
            try (var stream = analyzer.tokenStream("", elided(word))) {
                var term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    keys.add(fold(term.toString()));
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return keys;
        }

        /** The rough stem of the folded word, or null when too little is left of it. */
        private String stem(String word) {
            var folded = fold(elided(word));
            String stem;
            switch (language) {
                case PL:
                    stem = Suffixes.POLISH.strip(folded);
                    break;
                case UK:
                    stem = Suffixes.UKRAINIAN.strip(folded);
                    break;
                case LT:
                    stem = snowball(new LithuanianStemmer(), folded);
                    break;
                case RU:
                    stem = snowball(new RussianStemmer(), folded);
                    break;
                case IT:
                    stem = snowball(new ItalianStemmer(), folded);
                    break;
                default:
                    stem = snowball(new EnglishStemmer(), folded);
            }
            return stem.length() < MIN_STEM ? null : stem;
        }

        /** Italian "l'account" is "account"; an English "'s" goes. */
        private String elided(String word) {
            if (language == TextLanguage.IT || language == TextLanguage.EN) {
                var clean = word.replace('’', '\'');
                if (language == TextLanguage.EN && clean.endsWith("'s")) {
                    return clean.substring(0, clean.length() - 2);
                }
                int apostrophe = clean.lastIndexOf('\'');
                if (language == TextLanguage.IT && apostrophe >= 0 && apostrophe < clean.length() - 1) {
                    return clean.substring(apostrophe + 1);
                }
            }
            return word;
        }

        private static String snowball(SnowballStemmer stemmer, String word) {
            stemmer.setCurrent(word);
            stemmer.stem();
            return stemmer.getCurrent();
        }
    }

    /** Latin letters without diacritics, "ё" as "е". */
    static String fold(String word) {
        var in = word.toCharArray();
        var out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length).replace('ё', 'е');
    }

    /** A suffix list for folded words of a language that Lucene has no stemmer of. */
    enum Suffixes {
        // Case endings of nouns and adjectives, then the endings of verbs, without diacritics.
        POLISH("owaniami owaniach owaniem owania owanie owaniu owalismy owaliscie owalem owalam "
                + "owac owal owala owalo owali owaly owany owana owane owanego ujemy ujecie ujesz uja uje uj "
                + "ywac iwac ywal iwal ami ach ych ymi ich imi ego emu ami owi ow om em ej ym im "
                + "ac ec ic yc al ala alo ali aly el ela elo eli il ila ilo ili ily yl yla ylo yli "
                + "ienia ieniu ienie ieniem ieniach ieniami ien "
                + "esz emy ecie a e i o u y"),
        UKRAINIAN("ування уванням уванні ували увала увало увати уєте уєш ують ував ує "
                + "ювати ювали ював юють ює ати ити яти іти ала ало али ила ило или ать "
                + "ами ями ові еві ого ому ими ими ій их ів ях ах ою ею ом ем ий ої ість ості "
                + "ав ив ть а я у ю і и е о ь ї є");

        private final List<String> endings;

        Suffixes(String endings) {
            this.endings = Arrays.stream(endings.split(" "))
                    .sorted((a, b) -> b.length() - a.length()).toList();
        }

        String strip(String word) {
            for (var ending : endings) {
                if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                    return word.substring(0, word.length() - ending.length());
                }
            }
            return word;
        }
    }
}
