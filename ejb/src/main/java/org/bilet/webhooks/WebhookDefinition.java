package org.bilet.webhooks;

import java.util.List;

/**
 * A webhook as administrators write it (the API's JSON). {@code secret} is written, never read
 * back; left out when changing a hook, the old one stays.
 *
 * @param events          any of "created", "updated", "message", "status"
 * @param active          default true
 * @param includeInternal also internal notes and internal calls or chats; default false
 */
public record WebhookDefinition(String url, List<String> events, String secret, Boolean active, Boolean includeInternal) {
}
