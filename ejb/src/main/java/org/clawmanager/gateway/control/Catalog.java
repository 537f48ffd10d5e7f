package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clawmanager.platform.sharedstate.EventBus;
import org.clawmanager.platform.startup.StartupSequence;

/**
 * The in-memory catalog of every replica. Admin changes publish {@link #TOPIC}; each replica then reloads the whole
 * (small) catalog once, so requests never query the database for routes, prices, limits or access lists.
 */
@ApplicationScoped
public class Catalog {

    public static final String TOPIC = "gateway.catalog";
    private static final Logger LOG = Logger.getLogger(Catalog.class.getName());

    @Inject
    CatalogLoader loader;

    @Inject
    EventBus bus;

    private volatile CatalogSnapshot snapshot = CatalogSnapshot.EMPTY;

    void start(@Observes StartupSequence.Started started) {
        bus.subscribe(TOPIC, message -> reload());
        reload();
    }

    public CatalogSnapshot get() {
        return snapshot;
    }

    /** Tells every replica (this one included, at once) that the catalog changed. */
    public void changed() {
        reload();
        bus.publish(TOPIC, "changed");
    }

    public synchronized void reload() {
        try {
            snapshot = loader.load();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "gateway catalog reload failed; keeping the previous one", e);
        }
    }
}
