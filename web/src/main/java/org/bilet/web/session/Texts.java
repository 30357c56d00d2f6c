package org.bilet.web.session;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Messages for the page, looked up in the bundle of the current view's language. */
public final class Texts {

    /** The base name of the bundle shared by all screens, registered as {@code msg}. */
    public static final String BUNDLE = "org.bilet.web.i18n.messages";

    private Texts() {
    }

    public static String text(String key, Object... arguments) {
        var faces = FacesContext.getCurrentInstance();
        var bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
        var pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
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
