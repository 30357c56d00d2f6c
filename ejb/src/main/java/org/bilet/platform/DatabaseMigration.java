package org.bilet.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Brings the schema up to date when Bilet is deployed, then checks that the entity mapping
 * matches it. The persistence unit starts before any startup bean, so Hibernate itself leaves the
 * schema alone and the check runs here; a mismatch fails the deployment instead of a later request.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/BiletDS")
    DataSource dataSource;

    @PersistenceUnit(unitName = "bilet")
    EntityManagerFactory entityManagerFactory;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        var version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
        entityManagerFactory.unwrap(SessionFactoryImplementor.class).getSchemaManager().validateMappedObjects();
    }
}
