package org.bilet.kb.language;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Which of Bilet's languages a text is written in. Lingua's n-gram models decide between the six
 * languages only; on short texts, where they are unsure, the writer's own language (a hint, such as
 * the requester's locale) wins when the models find it about as likely as the best guess. The
 * models are Lingua's low-accuracy ones (trigrams): on the evaluation set they tell the languages
 * apart as well as the full ones (0.99–1.00), in a tenth of the memory. They are dropped when the
 * application stops, since Lingua keeps them in static maps.
 */
@ApplicationScoped
public class LanguageDetection {

    /** A text of fewer words tells too little: the writer's own language is the better guess. */
    static final int SHORT_WORDS = 3;
    /** How close to the best guess the hint must come to be taken instead. */
    static final double HINT_MARGIN = 0.2;
    /**
     * Texts of this many words or more are the detector's alone: its confidence in a close
     * language (English for Italian) stays high enough on long texts to let a hint win wrongly.
     */
    static final int HINTED_WORDS = 10;

    private final LanguageDetector detector = LanguageDetectorBuilder
            .fromLanguages(Arrays.stream(TextLanguage.values()).map(TextLanguage::detected)
                    .toArray(com.github.pemistahl.lingua.api.Language[]::new))
            .withLowAccuracyMode()
            .withPreloadedLanguageModels()
            .build();

    /** Frees the models, so that a redeployment does not keep the old ones. */
    @PreDestroy
    void unload() {
        detector.unloadLanguageModels();
    }

    /** The language of the text, or empty when it has no letters to tell by. */
    public Optional<TextLanguage> detect(String text, Optional<TextLanguage> hint) {
        if (text == null || text.codePoints().noneMatch(Character::isLetter)) {
            return hint;
        }
        int words = text.strip().split("\\s+").length;
        if (hint.isPresent() && words < SHORT_WORDS) {
            return hint;
        }
        Map<com.github.pemistahl.lingua.api.Language, Double> confidence = detector.computeLanguageConfidenceValues(text);
        if (confidence.isEmpty()) {
            return hint;
        }
        var best = confidence.entrySet().iterator().next();
        if (hint.isPresent() && words < HINTED_WORDS) {
            double hinted = confidence.getOrDefault(hint.get().detected(), 0.0);
            if (hinted > 0 && hinted >= best.getValue() - HINT_MARGIN) {
                return hint;
            }
        }
        return TextLanguage.of(best.getKey());
    }
}
