package org.bilet.channels.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.bilet.channels.mail.templates.MailTemplate;

/**
 * The wording of each {@link MailTopic} in a reader's language: an administrator's, when one was
 * saved for the topic and language ({@code mail_template}, see {@code templates.MailTemplates}),
 * otherwise Bilet's own, from the bundle {@code letters} beside this class. A language Bilet does
 * not write in reads English, an administrator's English wording included.
 */
@ApplicationScoped
public class Letters {

    static final String BUNDLE = "org.bilet.channels.mail.letters";

    /** The languages Bilet writes mail in, English first. */
    public static final List<String> LANGUAGES = List.of("en", "pl", "lt", "uk", "ru", "it");

    @Inject
    EntityManager em;

    /** The template a mail of {@code topic} to a reader of {@code locale} is written from. */
    public LetterTemplate template(MailTopic topic, Locale locale) {
        var language = languageOf(locale);
        // Read by its unique key; never flushes the caller's pending changes, which it does not read.
        return em.createNamedQuery(MailTemplate.BY_KEY, MailTemplate.class)
                .setParameter("topic", topic).setParameter("language", language)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst()
                .map(MailTemplate::wording)
                .orElseGet(() -> standard(topic, Locale.forLanguageTag(language)));
    }

    /** Bilet's own wording of a topic, as shipped. */
    public static LetterTemplate standard(MailTopic topic, Locale locale) {
        return new LetterTemplate(word(topic.name() + ".subject", locale), word(topic.name() + ".body", locale));
    }

    /** The language of {@link #LANGUAGES} a reader of {@code locale} gets mail in. */
    public static String languageOf(Locale locale) {
        var language = locale == null ? "" : locale.getLanguage();
        return LANGUAGES.contains(language) ? language : LANGUAGES.get(0);
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
