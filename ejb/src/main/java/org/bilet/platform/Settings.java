package org.bilet.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.bilet.signin.SignInLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bilet's settings. Each comes from the environment (BILET_DATA_DIR is bilet.data.dir, and so on)
 * or a system property, with the default given here.
 */
@ApplicationScoped
public class Settings {

    @Inject
    @ConfigProperty(name = "bilet.data.dir", defaultValue = "data")
    String dataDir;

    /** Where attachments are kept (BILET_ATTACHMENTS_DIR); on a shared filesystem when several nodes serve. */
    @Inject
    @ConfigProperty(name = "bilet.attachments.dir")
    Optional<String> attachmentsDir;

    @Inject
    @ConfigProperty(name = "bilet.attachments.max.bytes", defaultValue = "10485760")
    long attachmentMaxBytes;

    @Inject
    @ConfigProperty(name = "bilet.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "bilet.base.url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "bilet.public.health", defaultValue = "true")
    boolean publicHealth;

    @Inject
    @ConfigProperty(name = "bilet.signin.account.delay.after", defaultValue = "5")
    int signInAccountDelayAfter;

    @Inject
    @ConfigProperty(name = "bilet.signin.account.lock.after", defaultValue = "10")
    int signInAccountLockAfter;

    @Inject
    @ConfigProperty(name = "bilet.signin.address.lock.after", defaultValue = "50")
    int signInAddressLockAfter;

    @Inject
    @ConfigProperty(name = "bilet.signin.lock.minutes", defaultValue = "15")
    int signInLockMinutes;

    @Inject
    @ConfigProperty(name = "bilet.basic.cache.seconds", defaultValue = "300")
    int basicCacheSeconds;

    @Inject
    @ConfigProperty(name = "bilet.basic.cache.size", defaultValue = "10000")
    int basicCacheSize;

    @Inject
    @ConfigProperty(name = "bilet.secret.key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "bilet.mail.sender.limit", defaultValue = "30")
    int mailSenderLimit;

    @Inject
    @ConfigProperty(name = "bilet.webhook.retry.seconds", defaultValue = "15")
    int webhookRetrySeconds;

    @Inject
    @ConfigProperty(name = "bilet.time.zone")
    Optional<String> timeZone;

    /**
     * The desk's own time zone (BILET_TIME_ZONE, e.g. Europe/Warsaw; by default the server's): the
     * clock most of its people read. A time shown to someone whose clock differs carries its zone.
     */
    public ZoneId homeZone() {
        try {
            return timeZone.filter(id -> !id.isBlank()).map(id -> ZoneId.of(id.strip())).orElseGet(ZoneId::systemDefault);
        } catch (DateTimeException unknown) {
            return ZoneId.systemDefault();
        }
    }

    public Path dataDirectory() {
        return Path.of(dataDir).toAbsolutePath();
    }

    /** BILET_ATTACHMENTS_DIR, or {@code attachments} in the data directory. */
    public Path attachmentDirectory() {
        return attachmentsDir.filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir.strip()).toAbsolutePath())
                .orElseGet(() -> dataDirectory().resolve("attachments"));
    }

    public long attachmentMaxBytes() {
        return attachmentMaxBytes;
    }

    public boolean demo() {
        return demo;
    }

    /** Where users reach Bilet (BILET_BASE_URL), for links in what Bilet sends them, such as mail. */
    public URI baseUrl() {
        return URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    /**
     * Whether anyone may ask /health whether Bilet is up (BILET_PUBLIC_HEALTH), as load balancers and
     * orchestrators do; otherwise only signed-in callers. Either way only administrators see details.
     * (BILET_PUBLIC_OPENAPI, the API description at /openapi, is read by the server: see
     * the web module's microprofile-config.properties.)
     */
    public boolean publicHealth() {
        return publicHealth;
    }

    /**
     * How many failed sign-ins an account (BILET_SIGNIN_ACCOUNT_DELAY_AFTER, _LOCK_AFTER) and a
     * client address (BILET_SIGNIN_ADDRESS_LOCK_AFTER) may have within BILET_SIGNIN_LOCK_MINUTES,
     * which is also how long a lockout lasts.
     */
    public SignInLimits signInLimits() {
        var minutes = Duration.ofMinutes(signInLockMinutes);
        return new SignInLimits(signInAccountDelayAfter, signInAccountLockAfter, signInAddressLockAfter,
                minutes, minutes, Duration.ofSeconds(1));
    }

    /** How long a verified Basic credential is remembered (BILET_BASIC_CACHE_SECONDS; 0: never). */
    public Duration basicCacheTime() {
        return Duration.ofSeconds(Math.max(0, basicCacheSeconds));
    }

    /** How many verified Basic credentials are remembered at most (BILET_BASIC_CACHE_SIZE). */
    public int basicCacheSize() {
        return Math.max(0, basicCacheSize);
    }

    /**
     * The key that encrypts the secrets Bilet must use again, such as mailbox passwords
     * (BILET_SECRET_KEY, 32 bytes in Base64); empty: a key Bilet makes once in the data directory.
     */
    public String secretKey() {
        return secretKey.orElse("");
    }

    /** How many messages one sender may mail the help desk in an hour (BILET_MAIL_SENDER_LIMIT); the rest are set aside. */
    public int mailSenderLimit() {
        return Math.max(1, mailSenderLimit);
    }

    /**
     * The wait before a failed webhook delivery is posted again, doubled after each further failure
     * (BILET_WEBHOOK_RETRY_SECONDS), and how often the deliveries due are looked for.
     */
    public Duration webhookRetry() {
        return Duration.ofSeconds(Math.max(1, webhookRetrySeconds));
    }
}
