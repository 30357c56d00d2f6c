package org.bilet.replies;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.bilet.platform.InvalidInputException;
import org.bilet.tickets.RichText;
import org.bilet.translations.Translations;
import org.bilet.translations.TranslationsJson;

/**
 * A prepared answer agents insert into replies. The body is always HTML: markup goes through the
 * sanitizer, plain text is escaped into paragraphs. It may only contain known placeholders. Title
 * and body may be written in other languages too: agents pick it by its title in their language and
 * insert the body in the requester's.
 */
@Entity
@NamedQuery(name = CannedResponse.ACTIVE, query = "select r from CannedResponse r where r.active = true order by r.title")
@NamedQuery(name = CannedResponse.ALL, query = "select r from CannedResponse r order by r.title")
public class CannedResponse {

    public static final String ACTIVE = "CannedResponse.active";
    public static final String ALL = "CannedResponse.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String body;
    private boolean active = true;

    @Convert(converter = TranslationsJson.class)
    private Translations titleTranslations = Translations.none();

    /** Sanitized HTML per language, checked as the body is. */
    @Convert(converter = TranslationsJson.class)
    private Translations bodyTranslations = Translations.none();

    @Version
    private long version;

    protected CannedResponse() {
    }

    public CannedResponse(String title, String body) {
        revise(title, body);
    }

    /** Sets title and body; a body that is empty once sanitized, or names unknown placeholders, is refused. */
    public void revise(String newTitle, String newBody) {
        this.title = Objects.requireNonNull(newTitle);
        this.body = html(Objects.requireNonNull(newBody));
    }

    /** The title and body in other languages; bodies already made safe by {@link #html}. */
    public void translate(Translations titles, Translations bodies) {
        this.titleTranslations = Objects.requireNonNull(titles);
        this.bodyTranslations = Objects.requireNonNull(bodies);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** The body as written with its placeholders filled (values are escaped here). */
    public String renderWith(Map<String, String> values) {
        return renderWith(values, null);
    }

    /** The body in the language (its own, or the body as written) with its placeholders filled (values are escaped here). */
    public String renderWith(Map<String, String> values, String language) {
        return Placeholders.fill(body(language), values);
    }

    /** The sanitized HTML of what the administrator wrote. */
    static String html(String raw) {
        var text = RichText.of(raw);
        if (text.isBlank()) {
            throw InvalidInputException.of("body", "Write the response: it is empty.");
        }
        var unknown = Placeholders.unknownIn(text.content());
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("body", "Unknown placeholder" + (unknown.size() == 1 ? " " : "s ")
                    + unknown.stream().map(name -> "{" + name + "}").collect(Collectors.joining(", "))
                    + "; the known ones are " + Placeholders.listing() + ".");
        }
        return text.format() == RichText.Format.HTML ? text.content() : paragraphs(text.content());
    }

    /** Plain text as HTML: escaped, a blank line starts a paragraph, a line break stays one. */
    private static String paragraphs(String plain) {
        var html = new StringBuilder();
        for (var paragraph : plain.replace("\r\n", "\n").split("\n\\s*\n")) {
            html.append("<p>").append(Placeholders.escape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }

    public Long id() {
        return id;
    }

    /** Raised by every change; the administration API's ETag. */
    public long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Translations titleTranslations() {
        return titleTranslations == null ? Translations.none() : titleTranslations;
    }

    public Translations bodyTranslations() {
        return bodyTranslations == null ? Translations.none() : bodyTranslations;
    }

    /** The title a reader of the language sees: its translation, or the title as written. */
    public String title(String language) {
        return titleTranslations().in(language, title);
    }

    public String body(String language) {
        return bodyTranslations().in(language, body);
    }

    public boolean active() {
        return active;
    }
}
