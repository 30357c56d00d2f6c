package org.bilet.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bilet.platform.Problems;

/**
 * The rules of a webhook, without the database: an absolute http or https URL with a host and
 * without credentials in it (they would be sent and shown in the list), events Bilet knows, and a
 * secret of 16 to 200 characters, required when the hook is made.
 */
public final class WebhookCheck {

    public static final int MAX_URL = 2000;
    public static final int MIN_SECRET = 16;
    public static final int MAX_SECRET = 200;

    /** A definition that passed the rules; {@code secret} null: keep the one the hook has. */
    public record Checked(URI url, Set<WebhookEvent> events, String secret, boolean active, boolean includeInternal) {
    }

    private WebhookCheck() {
    }

    public static Checked check(WebhookDefinition definition, boolean secretRequired) {
        var problems = new Problems();
        var url = url(definition.url(), problems);
        var events = EnumSet.noneOf(WebhookEvent.class);
        List<String> names = definition.events() == null ? List.of() : definition.events();
        if (names.isEmpty()) {
            problems.add("events", "Choose at least one of created, updated, message, status.");
        }
        for (int i = 0; i < names.size(); i++) {
            var index = i;
            WebhookEvent.of(names.get(i)).ifPresentOrElse(events::add, () -> problems.add("events[" + index + "]",
                    "An event is one of created, updated, message, status, not '" + shown(names.get(index)) + "'."));
        }
        var secret = definition.secret();
        if (secret == null || secret.isEmpty()) {
            if (secretRequired) {
                problems.add("secret", "Give the hook a secret of at least " + MIN_SECRET
                        + " characters: the receiver checks each body's signature with it.");
            }
            secret = null;
        } else if (secret.length() < MIN_SECRET || secret.length() > MAX_SECRET) {
            problems.add("secret", "A secret has " + MIN_SECRET + " to " + MAX_SECRET + " characters.");
        }
        problems.throwIfAny();
        return new Checked(url, events, secret, !Boolean.FALSE.equals(definition.active()),
                Boolean.TRUE.equals(definition.includeInternal()));
    }

    private static URI url(String text, Problems problems) {
        if (text == null || text.isBlank()) {
            problems.add("url", "Give the URL to post the events to.");
            return null;
        }
        if (text.length() > MAX_URL) {
            problems.add("url", "A URL has " + MAX_URL + " characters at most.");
            return null;
        }
        try {
            var uri = new URI(text.strip());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                problems.add("url", "A webhook URL starts with http:// or https://.");
            } else if (uri.getHost() == null || uri.getHost().isBlank()) {
                problems.add("url", "A webhook URL names a host: https://example.com/hooks/bilet.");
            } else if (uri.getRawUserInfo() != null) {
                problems.add("url", "A webhook URL carries no user name or password; the receiver checks the signature instead.");
            } else if (uri.getRawFragment() != null) {
                problems.add("url", "A webhook URL has no #fragment: it is never sent.");
            } else {
                return uri;
            }
        } catch (URISyntaxException e) {
            problems.add("url", "'" + shown(text) + "' is not a URL.");
        }
        return null;
    }

    private static String shown(String text) {
        return text == null ? "" : text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
