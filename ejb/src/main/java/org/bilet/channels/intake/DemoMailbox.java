package org.bilet.channels.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;
import org.bilet.demo.DemoLoaded;
import org.bilet.people.PeopleLookup;
import org.bilet.platform.SecretBox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With the run command's embedded mail server (BILET_DEMO_IMAP_PORT), the demo reads its help desk
 * mailbox, so that a mail to helpdesk@acme-logistics.example becomes a ticket within seconds.
 */
@ApplicationScoped
public class DemoMailbox {

    static final String ADDRESS = "helpdesk@acme-logistics.example";

    @Inject
    @ConfigProperty(name = "bilet.demo.imap.port")
    Optional<Integer> imapPort;

    @Inject
    EntityManager em;

    @Inject
    PeopleLookup people;

    @Inject
    SecretBox secrets;

    @Inject
    Clock clock;

    void demoLoaded(@Observes DemoLoaded loaded) {
        if (imapPort.isEmpty()) {
            return;
        }
        var settings = new MailboxSettings(ADDRESS, "127.0.0.1", imapPort.get(), "helpdesk", "demo", "INBOX", false,
                "service-desk", 10, UnknownSenders.CREATE_REQUESTER, true, true);
        em.persist(new Mailbox(settings, people.team("service-desk").orElse(null), secrets.seal(settings.password()), clock.instant()));
    }
}
