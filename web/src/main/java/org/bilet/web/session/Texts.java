package org.bilet.web.session;

import com.ibm.icu.text.MessageFormat;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Messages for the page, looked up in the bundle of the current view's language. Patterns are ICU
 * message format, so a count picks its word by the language's plural rules
 * ({@code {0, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}}); {@code ''} is still
 * an apostrophe, as in the JDK's format.
 */
public final class Texts {

    /** The screens' bundles, shared texts first; their keys do not overlap. */
    private static final List<String> BUNDLES = List.of("org.bilet.web.i18n.messages", "org.bilet.web.i18n.desk",
            "org.bilet.web.i18n.portal", "org.bilet.web.i18n.admin", "org.bilet.web.i18n.notifications",
            "org.bilet.web.i18n.worklog", "org.bilet.web.i18n.kb", "org.bilet.web.i18n.kbedit",
            "org.bilet.web.i18n.reports");

    /** A missing translation falls back to English, never to the server's own language. */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    public static String text(String key, Object... arguments) {
        return in(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    /** The message in a given language, without a page (for tests and for work outside a request). */
    public static String in(Locale locale, String key, Object... arguments) {
        var pattern = BUNDLES.stream().map(name -> ResourceBundle.getBundle(name, locale, Texts.class.getClassLoader(), NO_FALLBACK))
                .filter(bundle -> bundle.containsKey(key)).map(bundle -> bundle.getString(key))
                .findFirst().orElse(key);
        return arguments.length == 0 ? pattern : format(pattern, locale, arguments);
    }

    /** The one place a pattern meets its arguments: the bundles' lookups, the views' and {@code h:outputFormat}. */
    public static String format(String pattern, Locale locale, Object... arguments) {
        return new MessageFormat(pattern, locale).format(asWritten(arguments));
    }

    /**
     * java.time values as the JDK's format wrote them ("2026-12-04"): ICU would write them as a
     * date and time of the server's zone. Screens that mean a date in words pass it formatted.
     */
    private static Object[] asWritten(Object[] arguments) {
        var written = arguments.clone();
        for (int i = 0; i < written.length; i++) {
            if (written[i] instanceof TemporalAccessor) {
                written[i] = written[i].toString();
            }
        }
        return written;
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void warn(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_WARN, key, arguments);
    }

    /** A message whose text is already in the reader's words, e.g. a service's explanation. */
    public static void errorText(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        var text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
