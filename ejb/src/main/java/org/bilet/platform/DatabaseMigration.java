package org.bilet.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.List;
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

    /**
     * Each module keeps its own migrations and history table, so modules number their versions
     * independently. The core goes first: the other modules' tables may refer to its tables.
     */
    static final List<ModuleMigrations> MODULES = List.of(
            ModuleMigrations.CORE,
            new ModuleMigrations("kb", "db/kb", "flyway_schema_history_kb"),
            new ModuleMigrations("reports", "db/reports", "flyway_schema_history_reports"));

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/BiletDS")
    DataSource dataSource;

    @PersistenceUnit(unitName = "bilet")
    EntityManagerFactory entityManagerFactory;

    @PostConstruct
    void migrate() {
        MODULES.forEach(this::migrate);
        // Only now does every mapped table exist, the other modules' included.
        entityManagerFactory.unwrap(SessionFactoryImplementor.class).getSchemaManager().validateMappedObjects();
    }

    private void migrate(ModuleMigrations module) {
        // The core's class loader sees the sibling module jars, as the persistence unit needs for their entities.
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + module.location())
                .table(module.historyTable())
                // A module's history starts when the core's tables already exist (on an upgraded
                // database, and on a new one since the core migrates first): from an empty baseline.
                .baselineOnMigrate(module != ModuleMigrations.CORE)
                .baselineVersion("0")
                .load()
                .migrate();
        var version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema of " + module.name() + " at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** Where a module's migrations live and which table records them. */
    record ModuleMigrations(String name, String location, String historyTable) {

        /** Where they were before the modules had any, so existing databases carry on. */
        static final ModuleMigrations CORE = new ModuleMigrations("ejb", "db/migration", "flyway_schema_history");
    }
}
