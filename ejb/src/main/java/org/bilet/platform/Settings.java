package org.bilet.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
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

    public Path dataDirectory() {
        return Path.of(dataDir).toAbsolutePath();
    }

    public Path attachmentDirectory() {
        return dataDirectory().resolve("attachments");
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
}
