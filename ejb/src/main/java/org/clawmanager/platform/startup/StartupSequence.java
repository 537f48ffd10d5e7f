package org.clawmanager.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.clawmanager.platform.schema.SchemaMigrator;
import org.clawmanager.platform.sharedstate.EventBus;

/**
 * The start-up order, in one place: migrate the schema, then let features initialise ({@link Started}). Runs once
 * per replica, triggered by the first web module that starts. A failure stops the application from starting, which is what
 * an operator wants to see rather than a half-working server.
 *
 * <p>Deliberately not an EJB {@code @Startup} singleton: Liberty runs those inside a local transaction
 * containment in which the persistence unit's first connection counts as unresolved work and fails the start.
 */
@ApplicationScoped
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    /** Fired once after the schema is current; features observe it to create their start-up state. */
    public record Started() {
    }

    @Inject
    SchemaMigrator migrator;

    @Inject
    Event<Started> started;

    @Inject
    EventBus bus;

    /**
     * Called by every WAR as it starts (after the EJB module is up); only the first call does the work, the others
     * wait for it, so no request is served before the schema is current.
     */
    public synchronized void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        migrator.migrate();
        bus.healthy(); // connect the cluster bus now, not on the first request that needs it
        started.fire(new Started());
        LOG.info("ClawManager started");
    }
}
