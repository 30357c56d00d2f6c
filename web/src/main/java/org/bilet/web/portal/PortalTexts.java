package org.bilet.web.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The portal's texts in the reader's language, for messages made in Java. */
final class PortalTexts {

    /** The portal's bundle, registered as {@code portalMsg}. */
    static final String BUNDLE = "org.bilet.web.i18n.portal";

    private PortalTexts() {
    }

    /** Values with arguments are MessageFormat patterns; values without are taken as they are. */
    static String text(String key, Object... arguments) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        var bundle = ResourceBundle.getBundle(BUNDLE, locale);
        var pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    static void info(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    static void warn(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_WARN, text(key, arguments));
    }

    static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** A text that is already written for the reader, such as a service's explanation. */
    static void errorText(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
