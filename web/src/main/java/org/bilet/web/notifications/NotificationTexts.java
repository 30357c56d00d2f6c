package org.bilet.web.notifications;

import java.util.ArrayList;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.bilet.notifications.NotificationKind;
import org.bilet.notifications.NotificationInfo;
import org.bilet.web.session.Texts;

/**
 * Words a notification in a language: {@code notification.<KIND>} of the {@code notifications}
 * bundle filled with its arguments; the promise an SLA notification names is translated too
 * ({@code promise.<field>}). English where a language lacks the text, never the server's language.
 */
public final class NotificationTexts {

    public static final String BUNDLE = "org.bilet.web.i18n.notifications";

    private static final ResourceBundle.Control NO_SERVER_LANGUAGE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private NotificationTexts() {
    }

    public static String text(NotificationInfo notification, Locale locale) {
        var bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_SERVER_LANGUAGE);
        var arguments = new ArrayList<Object>(notification.arguments());
        if (isAboutPromise(notification.kind()) && !arguments.isEmpty()) {
            arguments.set(0, lookUp(bundle, "promise." + arguments.get(0), (String) arguments.get(0)));
        }
        var pattern = lookUp(bundle, "notification." + notification.kind().name(), notification.kind().name());
        return Texts.format(pattern, locale, arguments.toArray());
    }

    private static boolean isAboutPromise(NotificationKind kind) {
        return kind == NotificationKind.SLA_WARNING || kind == NotificationKind.SLA_BREACHED;
    }

    private static String lookUp(ResourceBundle bundle, String key, String otherwise) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return otherwise;
        }
    }
}
