package org.bilet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.bilet.channels.mail.MailTopic;
import org.bilet.channels.mail.templates.MailTemplateDetails;
import org.bilet.channels.mail.templates.MailTemplateInfo;
import org.bilet.channels.mail.templates.MailTemplateWording;
import org.bilet.channels.mail.templates.MailTemplates;
import org.bilet.web.session.Language;

/**
 * /admin/mail-templates: every kind of mail with, per language, whether Bilet's wording or an
 * edited one goes out; the chosen one's editor with the placeholders it may use, a preview with
 * sample values (the HTML part in a sandboxed frame), save and "restore Bilet's wording".
 */
@Named
@ViewScoped
public class MailTemplatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One kind of mail and its state in each language, in the order of {@link Language#ALL}. */
    public record Row(MailTopic topic, MailTopic.Reader reader, List<MailTemplateInfo> languages) implements Serializable {
    }

    @Inject
    MailTemplates templates;

    private List<Row> rows;
    private MailTemplateDetails chosen;
    private String subject;
    private String body;
    private long version;
    private String previewSubject;
    private String previewHtml;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        var byTopic = new LinkedHashMap<MailTopic, List<MailTemplateInfo>>();
        for (var info : templates.all()) {
            byTopic.computeIfAbsent(info.topic(), topic -> new ArrayList<>()).add(info);
        }
        rows = byTopic.entrySet().stream().map(e -> new Row(e.getKey(), e.getKey().reader(), List.copyOf(e.getValue()))).toList();
    }

    /** Opens the editor on one kind of mail in one language, with its preview. */
    public void open(MailTopic topic, String language) {
        show(templates.read(topic.name(), language));
        preview();
    }

    private void show(MailTemplateDetails details) {
        chosen = details;
        subject = details.subject();
        body = details.body();
        version = details.version();
    }

    /** Renders what is typed with sample values; a mistake is shown at its field and the last preview stays. */
    public void preview() {
        if (chosen == null) {
            return;
        }
        var letter = AdminPage.attempt("template", () -> templates.preview(chosen.topic().name(), chosen.language(),
                new MailTemplateWording(subject, body)));
        if (letter != null) {
            previewSubject = letter.subject();
            previewHtml = letter.html();
        }
    }

    public void save() {
        if (chosen == null) {
            return;
        }
        var saved = AdminPage.attempt("template", () -> templates.save(chosen.topic().name(), chosen.language(),
                new MailTemplateWording(subject, body, version)));
        if (saved != null) {
            show(saved);
            preview();
            load();
            AdminPage.done("mailTemplates.saved", topicName(saved.topic()), languageName(saved.language()));
        }
    }

    /** Removes the edited wording; Bilet's own goes out again. */
    public void restore() {
        if (chosen == null) {
            return;
        }
        var restored = AdminPage.attempt("template", () -> templates.reset(chosen.topic().name(), chosen.language()));
        if (restored != null) {
            show(restored);
            preview();
            load();
            AdminPage.done("mailTemplates.restored", topicName(restored.topic()), languageName(restored.language()));
        }
    }

    public void close() {
        chosen = null;
        previewSubject = null;
        previewHtml = null;
    }

    private static String topicName(MailTopic topic) {
        return AdminPage.text("mailTemplates.topic." + topic.name());
    }

    public String languageName(String tag) {
        return Language.of(tag).map(Language::endonym).orElse(tag);
    }

    public List<Language> getLanguages() {
        return Language.ALL;
    }

    public List<Row> getRows() {
        return rows;
    }

    public MailTemplateDetails getChosen() {
        return chosen;
    }

    /** Whether this cell is the one open in the editor. */
    public boolean isOpen(MailTemplateInfo cell) {
        return chosen != null && chosen.topic() == cell.topic() && chosen.language().equals(cell.language());
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getPreviewSubject() {
        return previewSubject;
    }

    public String getPreviewHtml() {
        return previewHtml;
    }
}
