package org.bilet.channels.mail.templates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bilet.audit.AuditKind;
import org.bilet.audit.AuditTrail;
import org.bilet.audit.ChangeSummary;
import org.bilet.channels.mail.Letter;
import org.bilet.channels.mail.Letters;
import org.bilet.channels.mail.MailTopic;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.platform.ConflictException;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.platform.Settings;
import org.bilet.tickets.RichText;

/**
 * Administrators' wording of Bilet's mails: every kind of mail in every language Bilet writes,
 * each Bilet's own wording until an administrator saves one (checked by {@link TemplateCheck},
 * audited), previewed before it is saved, and restored to Bilet's by removing the saved one.
 * Topics and languages are named as the API's path names them ({@code RECEIVED}, {@code pl}).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class MailTemplates {

    private static final String SAMPLE_NUMBER = "BIL-000123";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** Every kind of mail in every language, in the order of {@link MailTopic} and {@link Letters#LANGUAGES}. */
    public List<MailTemplateInfo> all() {
        var saved = new HashMap<String, MailTemplate>();
        em.createNamedQuery(MailTemplate.ALL, MailTemplate.class).getResultStream().forEach(t -> saved.put(key(t.topic(), t.language()), t));
        var all = new ArrayList<MailTemplateInfo>();
        for (var topic : MailTopic.values()) {
            for (var language : Letters.LANGUAGES) {
                var edited = saved.get(key(topic, language));
                all.add(edited == null ? new MailTemplateInfo(topic, language, topic.reader(), false, null, null, null)
                        : new MailTemplateInfo(topic, language, topic.reader(), true, edited.changedBy().username(),
                                edited.changedBy().displayName(), edited.changedAt()));
            }
        }
        return all;
    }

    /** One kind of mail in one language: the wording in use, Bilet's own, the placeholders it may use. */
    public MailTemplateDetails read(String topicName, String languageName) {
        var topic = topic(topicName);
        var language = language(languageName);
        return details(topic, language, saved(topic, language));
    }

    /**
     * Saves an administrator's wording in place of the one in use; refused with every mistake named,
     * or (409) when someone else saved or restored it since the version the caller read.
     */
    public MailTemplateDetails save(String topicName, String languageName, MailTemplateWording wording) {
        var topic = topic(topicName);
        var language = language(languageName);
        var words = TemplateCheck.checked(topic, wording == null ? null : wording.subject(), wording == null ? null : wording.body());
        var existing = saved(topic, language);
        long current = existing == null ? 0 : existing.version() + 1;
        if (wording.version() != null && wording.version() != current) {
            throw new ConflictException("Someone else " + (existing == null ? "restored Bilet's wording of" : "changed")
                    + " this mail (" + topic + ", " + language + ") meanwhile: it is at version " + current + ", you had version "
                    + wording.version() + ". Your text is not saved; read the wording again, then save yours over it.");
        }
        var before = existing == null ? Letters.standard(topic, Locale.forLanguageTag(language)) : existing.wording();
        var by = currentUser.get();
        if (existing == null) {
            existing = new MailTemplate(topic, language, words, by, clock.instant());
            em.persist(existing);
        } else {
            existing.reword(words, by, clock.instant());
        }
        try {
            em.flush();
        } catch (PersistenceException raced) {
            throw new ConflictException("Someone else saved this mail (" + topic + ", " + language
                    + ") at the same moment. Your text is not saved; read the wording again, then save yours over it.");
        }
        var summary = ChangeSummary.of().change("subject", before.subject(), words.subject());
        if (!before.body().equals(words.body())) {
            summary.note("text changed");
        }
        audit.record(AuditKind.MAIL_TEMPLATE_CHANGED, topic + " " + language, summary);
        return details(topic, language, existing);
    }

    /** Restores Bilet's own wording (removes the saved one); nothing to do when it is in use already. */
    public MailTemplateDetails reset(String topicName, String languageName) {
        var topic = topic(topicName);
        var language = language(languageName);
        var existing = saved(topic, language);
        if (existing != null) {
            audit.record(AuditKind.MAIL_TEMPLATE_RESET, topic + " " + language,
                    ChangeSummary.of().value("removed subject", existing.wording().subject()));
            em.remove(existing);
            em.flush();
        }
        return details(topic, language, null);
    }

    /**
     * A wording not saved yet, rendered as a mail of its kind in its language with sample values
     * (a sample reader, ticket and message); refused as {@link #save} would refuse it.
     */
    public Letter preview(String topicName, String languageName, MailTemplateWording wording) {
        var topic = topic(topicName);
        var language = language(languageName);
        var words = TemplateCheck.checked(topic, wording == null ? null : wording.subject(), wording == null ? null : wording.body());
        var locale = Locale.forLanguageTag(language);
        var staff = topic.reader() == MailTopic.Reader.STAFF;
        var sample = new HashMap<String, String>();
        sample.put("name", Letters.word("sample.name", locale));
        sample.put("number", SAMPLE_NUMBER);
        sample.put("subject", Letters.word("sample.subject", locale));
        sample.put("link", settings.baseUrl().resolve((staff ? "desk" : "portal") + "/ticket.xhtml?number=" + SAMPLE_NUMBER).toString());
        sample.put("by", Letters.word("sample.by", locale));
        sample.put("survey", settings.baseUrl().resolve("survey/sample").toString());
        sample.put("mergedInto", "BIL-000124");
        sample.put("promise", Letters.word("promise.slaResolution", locale));
        sample.put("rule", Letters.word("sample.rule", locale));
        sample.keySet().removeIf(name -> !topic.knows(name));
        var content = topic.knows("content") ? RichText.of(Letters.word("sample.content", locale)) : null;
        return words.render(sample, content);
    }

    private MailTemplateDetails details(MailTopic topic, String language, MailTemplate saved) {
        var standard = Letters.standard(topic, Locale.forLanguageTag(language));
        var inUse = saved == null ? standard : saved.wording();
        return new MailTemplateDetails(topic, language, topic.reader(), inUse.subject(), inUse.body(), saved != null,
                saved == null ? null : saved.changedBy().username(), saved == null ? null : saved.changedBy().displayName(),
                saved == null ? null : saved.changedAt(), standard.subject(), standard.body(), topic.placeholders(),
                saved == null ? 0 : saved.version() + 1);
    }

    private MailTemplate saved(MailTopic topic, String language) {
        return em.createNamedQuery(MailTemplate.BY_KEY, MailTemplate.class).setParameter("topic", topic)
                .setParameter("language", language).getResultStream().findFirst().orElse(null);
    }

    /** The topic a path names (any case); 404 naming the topics there are otherwise. */
    static MailTopic topic(String name) {
        return Arrays.stream(MailTopic.values()).filter(t -> t.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("There is no kind of mail '" + clip(name) + "'; Bilet writes "
                        + Arrays.stream(MailTopic.values()).map(Enum::name).collect(Collectors.joining(", ")) + "."));
    }

    /** The language a path names; 404 naming the languages Bilet writes mail in otherwise. */
    static String language(String name) {
        var language = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!Letters.LANGUAGES.contains(language)) {
            throw new ResourceNotFoundException("Bilet does not write mail in '" + clip(name) + "'; it writes in "
                    + String.join(", ", Letters.LANGUAGES) + ".");
        }
        return language;
    }

    private static String clip(String name) {
        return name == null ? "" : name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }

    private static String key(MailTopic topic, String language) {
        return topic + "/" + language;
    }
}
