package org.clawmanager.platform.schema;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import java.util.Map;

/**
 * Brings the schema up to date with Liquibase before anything else touches the database (called first by
 * {@link org.clawmanager.platform.startup.StartupSequence}). Liquibase's lock table makes concurrent starts of
 * several replicas safe: one migrates, the others wait and then find nothing to do. It runs on a non-transactional
 * data source because Liquibase commits by itself.
 */
@ApplicationScoped
public class SchemaMigrator {

    public static final String CHANGELOG = "db/changelog/master.yaml";
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    private static volatile boolean migrated;

    @Resource(lookup = "jdbc/clawmanagerMigrations")
    DataSource dataSource;

    public void migrate() {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            update(connection, getClass().getClassLoader());
        } catch (SQLException e) {
            throw new IllegalStateException("database not reachable for schema migration: " + e.getMessage(), e);
        }
        migrated = true;
        LOG.info(() -> "Schema up to date in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    /** Runs the changelog on {@code connection}; used by the server at start-up and by tests on plain JDBC. */
    public static void update(Connection connection, ClassLoader loader) {
        try {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(loader),
                    Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () ->
                    new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                            .execute());
        } catch (Exception e) {
            throw new IllegalStateException("schema migration failed: " + e.getMessage(), e);
        }
    }

    /** True once this replica has verified the schema; readiness and timers wait for it. */
    public static boolean migrated() {
        return migrated;
    }
}
