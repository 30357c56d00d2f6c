package org.bilet.tickets;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Text written by people, with its format. Plain text is kept as written (readers escape it when
 * they render it); anything that looks like markup, even an unclosed tag, is HTML and goes through
 * the OWASP sanitizer, which keeps formatting, lists, tables and links and drops scripts, styles and
 * event handlers.
 */
@Embeddable
public class RichText {

    public enum Format { TEXT, HTML }

    /** A '<' that starts a tag, a closing tag, a comment or a declaration: closed or not. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?]?[a-zA-Z!]");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "br").toFactory());

    private String content;

    @Enumerated(EnumType.STRING)
    private Format format;

    protected RichText() {
    }

    private RichText(String content, Format format) {
        this.content = Objects.requireNonNull(content);
        this.format = Objects.requireNonNull(format);
    }

    /** The text, sanitized if it is HTML; null stays null. */
    public static RichText of(String raw) {
        if (raw == null) {
            return null;
        }
        return MARKUP.matcher(raw).find()
                ? new RichText(POLICY.sanitize(raw).strip(), Format.HTML)
                : new RichText(raw.strip(), Format.TEXT);
    }

    /** Whether a reader would see nothing: blank text, or HTML without visible text. */
    public boolean isBlank() {
        var visible = format == Format.HTML ? TAG.matcher(content).replaceAll("").replace("&nbsp;", " ").replace("&#160;", " ") : content;
        return visible.isBlank();
    }

    /** The text a reader sees: paragraphs and line breaks kept, tags gone, entities read. */
    public String plainText() {
        return plainText(content, format);
    }

    /** The text a reader sees of content stored in the given format. */
    public static String plainText(String content, Format format) {
        if (content == null || format == Format.TEXT) {
            return content;
        }
        var document = Jsoup.parse(content);
        document.outputSettings(new Document.OutputSettings().prettyPrint(false));
        document.select("br").after("\\n");
        document.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre").after("\\n");
        return document.text().replace("\\n", "\n").lines().map(String::strip)
                .reduce((a, b) -> a + "\n" + b).orElse("").replaceAll("\n{3,}", "\n\n").strip();
    }

    public String content() {
        return content;
    }

    public Format format() {
        return format;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RichText that && content.equals(that.content) && format == that.format;
    }

    @Override
    public int hashCode() {
        return Objects.hash(content, format);
    }

    @Override
    public String toString() {
        return content;
    }
}
