package org.bilet.webhooks;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Cacheable;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A URL administrators registered for ticket events. Its secret signs every body it is sent and is
 * never read back; {@code includeInternal} hooks are also told of internal notes and internal calls
 * or chats, which the others never hear of.
 */
@Entity
@Cacheable
@NamedQuery(name = Webhook.ACTIVE, query = "select h from Webhook h where h.active = true order by h.id")
@NamedQuery(name = Webhook.ALL, query = "select h from Webhook h order by h.id")
public class Webhook {

    /** The hooks to tell (index {@code ix_webhook_active}). */
    public static final String ACTIVE = "Webhook.active";
    public static final String ALL = "Webhook.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String url;
    private String events;
    private String secret;
    private boolean active;
    private boolean includeInternal;
    private Instant createdAt;

    @Version
    private long version;

    protected Webhook() {
    }

    /** A hook with its secret sealed by {@code platform.SecretBox}: the database alone does not give it away. */
    Webhook(WebhookCheck.Checked definition, String sealedSecret, Instant now) {
        this.secret = Objects.requireNonNull(sealedSecret);
        this.createdAt = Objects.requireNonNull(now);
        change(definition, null);
    }

    /** Takes a checked definition; a null sealed secret keeps the hook's own. */
    void change(WebhookCheck.Checked definition, String sealedSecret) {
        this.url = definition.url().toString();
        this.events = definition.events().stream().map(WebhookEvent::apiName).sorted().collect(Collectors.joining(","));
        if (sealedSecret != null) {
            this.secret = sealedSecret;
        }
        this.active = definition.active();
        this.includeInternal = definition.includeInternal();
    }

    /** Whether the hook is told of this event, given whether it is internal. */
    boolean wants(WebhookEvent event, boolean internal) {
        return active && events().contains(event) && (!internal || includeInternal);
    }

    /** The secret as sealed, for the sender to open just before it signs. */
    String sealedSecret() {
        return secret;
    }

    /** "sha256=" and the hex HMAC-SHA256 of the body's UTF-8 bytes with the (opened) secret. */
    static String sign(String body, String openedSecret) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(openedSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    public Long id() {
        return id;
    }

    public String url() {
        return url;
    }

    public Set<WebhookEvent> events() {
        var set = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(events.split(",")).map(WebhookEvent::of).forEach(e -> e.ifPresent(set::add));
        return set;
    }

    public boolean active() {
        return active;
    }

    public boolean includesInternal() {
        return includeInternal;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
