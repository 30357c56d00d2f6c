package org.bilet.webhooks;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a hook can be told: a ticket opened, fields changed, a message posted, the status moved. */
public enum WebhookEvent {
    CREATED, UPDATED, MESSAGE, STATUS;

    /** As the API and the bodies write it: "created". */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WebhookEvent> of(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(e -> e.apiName().equals(name.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
