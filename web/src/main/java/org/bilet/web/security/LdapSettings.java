package org.bilet.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in with the company directory (LDAP), configured from the environment like every Bilet
 * setting (BILET_LDAP_URL is bilet.ldap.url, and so on). Off while BILET_LDAP_URL is unset. The
 * settings are checked when Bilet starts, so a mistake fails the deployment instead of every
 * sign-in.
 */
@ApplicationScoped
public class LdapSettings {

    private static final Logger LOG = Logger.getLogger(LdapSettings.class.getName());

    // Optional: an unset or empty variable means "not configured" (there is no empty default).
    @Inject
    @ConfigProperty(name = "bilet.ldap.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "bilet.ldap.base.dn")
    Optional<String> baseDn;

    @Inject
    @ConfigProperty(name = "bilet.ldap.bind.dn")
    Optional<String> bindDn;

    @Inject
    @ConfigProperty(name = "bilet.ldap.bind.password")
    Optional<String> bindPassword;

    @Inject
    @ConfigProperty(name = "bilet.ldap.user.filter", defaultValue = LdapConfig.DEFAULT_USER_FILTER)
    String userFilter;

    @Inject
    @ConfigProperty(name = "bilet.ldap.group.roles")
    Optional<String> groupRoles;

    private Optional<LdapConfig> config;

    @PostConstruct
    void read() {
        try {
            config = url.map(u -> LdapConfig.of(u, baseDn, bindDn, bindPassword, userFilter, groupRoles));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Directory sign-in (LDAP) is misconfigured: " + e.getMessage(), e);
        }
        config.ifPresentOrElse(c -> LOG.info(() -> "Directory sign-in (LDAP) on: " + c),
                () -> LOG.fine("Directory sign-in (LDAP) off: BILET_LDAP_URL is not set."));
    }

    /** Creates this bean, and so checks the settings, as the application starts. */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        config();
    }

    /** The directory to sign people in with, or none when directory sign-in is off. */
    Optional<LdapConfig> config() {
        return config;
    }
}
