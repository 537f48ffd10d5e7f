package org.clawmanager.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.clawmanager.platform.blobstore.BlobStore;
import org.clawmanager.platform.schema.SchemaMigrator;
import org.clawmanager.platform.sharedstate.Counters;
import org.clawmanager.platform.sharedstate.EventBus;
import org.clawmanager.platform.sharedstate.SharedStateProducer;

/**
 * Whether the replica's dependencies answer. The web WAR turns these into MicroProfile Health checks per probe
 * (one WAR only, so each check is reported once).
 */
@ApplicationScoped
public class DependencyChecks {

    @Resource(lookup = "jdbc/clawmanager")
    DataSource dataSource;

    @Inject
    SharedStateProducer sharedState;

    @Inject
    Counters counters;

    @Inject
    EventBus bus;

    @Inject
    BlobStore blobs;

    public boolean schemaReady() {
        return SchemaMigrator.migrated();
    }

    public boolean redisConfigured() {
        return sharedState.redisConfigured();
    }

    /** Redis answers and the bus subscription is live; trivially true for the in-process stand-ins. */
    public boolean redisUp() {
        return !sharedState.redisConfigured() || (counters.healthy() && bus.healthy());
    }

    public boolean objectStorageUp() {
        return blobs.healthy();
    }

    public boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            s.execute("SELECT 1");
            return SchemaMigrator.migrated();
        } catch (SQLException e) {
            return false;
        }
    }
}
