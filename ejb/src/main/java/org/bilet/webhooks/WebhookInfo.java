package org.bilet.webhooks;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A webhook as administrators read it: never its secret. */
public record WebhookInfo(long id, String url, List<String> events, boolean active, boolean includeInternal,
                          Instant createdAt, long version) implements Serializable {

    static WebhookInfo of(Webhook hook) {
        return new WebhookInfo(hook.id(), hook.url(), hook.events().stream().map(WebhookEvent::apiName).toList(),
                hook.active(), hook.includesInternal(), hook.createdAt(), hook.version());
    }
}
