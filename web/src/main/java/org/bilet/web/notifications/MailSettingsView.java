package org.bilet.web.notifications;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilet.channels.mail.MailTopic;
import org.bilet.channels.mail.preferences.MailPreferences;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.Texts;

/**
 * My settings → mail: one switch per kind of mail the reader's role can get, grouped by what it
 * is about (their own requests, tickets they watch, their work on the desk), saved together.
 */
@Named
@ViewScoped
public class MailSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A group of switches, {@code key} naming it in the bundle. */
    public record Section(String key, List<String> topics) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    MailPreferences preferences;

    private final Map<String, Boolean> byMail = new LinkedHashMap<>();
    private List<Section> sections;

    public List<Section> getSections() {
        if (sections == null) {
            load();
        }
        return sections;
    }

    /** The switches, keyed by topic name, bound by the page. */
    public Map<String, Boolean> getByMail() {
        getSections();
        return byMail;
    }

    public void save() {
        var saved = Refusals.inForm("mail").attempt(() -> preferences.choose(new LinkedHashMap<>(byMail)));
        if (saved != null) {
            Texts.info("settings.mail.saved");
        }
    }

    private void load() {
        var own = new ArrayList<String>();
        var watched = new ArrayList<String>();
        var work = new ArrayList<String>();
        for (var choice : preferences.mine()) {
            var topic = choice.topic();
            byMail.put(topic.name(), choice.byMail());
            (topic.reader() == MailTopic.Reader.REQUESTER ? own : topic.name().startsWith("WATCHED_") ? watched : work).add(topic.name());
        }
        sections = new ArrayList<>();
        for (var section : List.of(new Section("settings.mail.own", own), new Section("settings.mail.watched", watched),
                new Section("settings.mail.work", work))) {
            if (!section.topics().isEmpty()) {
                sections.add(section);
            }
        }
    }
}
