package org.bilet.kb.search;

import java.util.List;
import java.util.Map;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Turns the persistence unit's Lucene backend into the Elasticsearch one when {@code BILET_SEARCH_URL}
 * is set: persistence.xml describes the default (Lucene, see ejb), and this replaces those settings
 * before Hibernate Search reads them, since a descriptor's expressions can fill in a value but not
 * choose between two sets of properties. Hibernate ORM finds it through
 * {@code META-INF/services/org.hibernate.service.spi.ServiceContributor}.
 *
 * <p>With the cluster, changes are indexed through the {@code outbox-polling} coordination: each
 * transaction writes its indexing events into a table (kb migration V6) and every node's background
 * processor indexes them, so a change reaches the index once even when its node dies right after
 * the commit, and a change made on one node is indexed whichever node processes it. A node started
 * with {@code BILET_SEARCH_PROCESSOR=false} (or the system property {@code bilet.search.processor})
 * writes its events but leaves indexing them to the other nodes.
 */
public class ElasticsearchBackendSettings implements ServiceContributor {

    /** Settings of the embedded index that mean nothing to a cluster, or contradict outbox-polling. */
    static final List<String> LUCENE_ONLY = List.of(
            "hibernate.search.backend.lucene_version",
            "hibernate.search.backend.directory.root",
            "hibernate.search.backend.io.refresh_interval",
            "hibernate.search.backend.io.commit_interval",
            // outbox-polling always indexes in the background: it refuses this setting
            "hibernate.search.indexing.plan.synchronization.strategy");

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        if (SearchBackend.configured() != SearchBackend.ELASTICSEARCH) {
            return;
        }
        @SuppressWarnings("unchecked")
        var settings = (Map<String, Object>) registry.getSettings();
        LUCENE_ONLY.forEach(settings::remove);
        settings.putAll(of(SearchBackend.setting(SearchBackend.URL).orElseThrow(),
                SearchBackend.setting(SearchBackend.USER).orElse(null),
                SearchBackend.setting(SearchBackend.PASSWORD).orElse(null)));
        var processor = System.getProperty("bilet.search.processor", SearchBackend.setting("BILET_SEARCH_PROCESSOR").orElse("true"));
        settings.put("hibernate.search.coordination.event_processor.enabled", Boolean.toString(!"false".equalsIgnoreCase(processor.strip())));
    }

    static final int RETRY_DELAY_SECONDS = 5;

    /** The backend and coordination settings for a cluster at the URL, signed in as the user when given. */
    static Map<String, Object> of(String url, String user, String password) {
        var settings = new java.util.HashMap<String, Object>();
        settings.put("hibernate.search.backend.type", "elasticsearch");
        settings.put("hibernate.search.backend.uris", url);
        if (user != null) {
            settings.put("hibernate.search.backend.username", user);
            settings.put("hibernate.search.backend.password", password == null ? "" : password);
        }
        settings.put("hibernate.search.backend.analysis.configurer", ElasticsearchTextAnalysis.class.getName());
        settings.put("hibernate.search.coordination.strategy", "outbox-polling");
        // An event that failed (the cluster did not answer) is tried again 5 s later rather than 30 s, so
        // the index catches up soon after an outage; after its third failure AbortedIndexEvents requeues it.
        settings.put("hibernate.search.coordination.event_processor.retry_delay", RETRY_DELAY_SECONDS);
        // The event table of kb migration V6 holds MariaDB's own uuid type; said here so that a change
        // of Hibernate's default cannot make the mapping disagree with it (the agent's is not configurable in 7.2).
        settings.put("hibernate.search.coordination.entity.mapping.outboxevent.uuid_type", "UUID");
        return settings;
    }
}
