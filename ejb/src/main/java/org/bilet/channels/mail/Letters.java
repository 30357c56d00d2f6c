package org.bilet.channels.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The wording of each {@link MailTopic} in a reader's language: Bilet's own, from the bundle
 * {@code letters} beside this class (English where a language lacks one).
 */
@ApplicationScoped
public class Letters {

    static final String BUNDLE = "org.bilet.channels.mail.letters";

    /** The template a mail of {@code topic} to a reader of {@code locale} is written from. */
    public LetterTemplate template(MailTopic topic, Locale locale) {
        return standard(topic, locale);
    }

    /** Bilet's own wording of a topic, as shipped. */
    public static LetterTemplate standard(MailTopic topic, Locale locale) {
        return new LetterTemplate(word(topic.name() + ".subject", locale), word(topic.name() + ".body", locale));
    }

    /** One word of the bundle, such as a promise's name ({@code promise.slaResolution}); the key itself when missing. */
    public static String word(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
