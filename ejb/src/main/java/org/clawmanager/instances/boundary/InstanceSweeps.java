package org.clawmanager.instances.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clawmanager.instances.control.CommandReaper;
import org.clawmanager.instances.control.HeartbeatWriter;
import org.clawmanager.instances.control.Reconciler;
import org.clawmanager.platform.lease.ClusterLease;
import org.clawmanager.platform.schema.SchemaMigrator;

/**
 * The feature's periodic work (ADR 0004): every replica's timers fire, the lease picks one replica for the
 * cluster-wide sweeps (command reaper, reconcile). The heartbeat flush runs on every replica: each writes the
 * beats it buffered itself. Passes are bounded and idempotent; a pass still running makes the next one skip.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InstanceSweeps {

    private static final Logger LOG = Logger.getLogger(InstanceSweeps.class.getName());

    @Inject
    HeartbeatWriter heartbeats;

    @Inject
    CommandReaper reaper;

    @Inject
    Reconciler reconciler;

    @Inject
    ClusterLease lease;

    private final AtomicBoolean flushing = new AtomicBoolean();
    private final AtomicBoolean reaping = new AtomicBoolean();
    private final AtomicBoolean reconciling = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void flushHeartbeats() {
        once(flushing, "heartbeat flush", heartbeats::flush);
    }

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void reapCommands() {
        if (ready() && lease.tryAcquire("instances.command-reaper", Duration.ofSeconds(15))) {
            once(reaping, "command reaper", () -> reaper.pass(500));
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void reconcile() {
        if (ready() && lease.tryAcquire("instances.reconcile", Duration.ofSeconds(30))) {
            once(reconciling, "reconcile", reconciler::pass);
        }
    }

    private boolean ready() {
        return SchemaMigrator.migrated();
    }

    private void once(AtomicBoolean running, String what, java.util.function.IntSupplier pass) {
        if (!ready() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            pass.getAsInt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " pass failed", e);
        } finally {
            running.set(false);
        }
    }
}
