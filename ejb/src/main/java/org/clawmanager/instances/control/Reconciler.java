package org.clawmanager.instances.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clawmanager.platform.startup.StartupSequence;
import org.clawmanager.runtimes.boundary.InstanceCredentials;
import org.clawmanager.runtimes.boundary.ObservedRuntime;
import org.clawmanager.runtimes.boundary.RuntimeDriver;

/**
 * Converges instances to their desired state through the runtime driver. A change a person makes is applied right
 * after its transaction commits ({@link Kick}); the periodic pass (one replica, under a lease) catches everything
 * else: generations not yet applied, deletions, processes that died, and the status from {@code observeAll()}.
 * Driver calls happen outside transactions; every step is idempotent, so a crash between steps is harmless.
 */
@ApplicationScoped
public class Reconciler {

    private static final Logger LOG = Logger.getLogger(Reconciler.class.getName());
    private static final int MAX_APPLY_PER_PASS = 100;
    private static final int MAX_OBSERVE_PER_PASS = 1000;
    private static final int OBSERVE_CHUNK = 200;

    /** Fire inside the transaction of a change: the instance is reconciled once that transaction commits. */
    public record Kick(long instanceId) {
    }

    @Inject
    RuntimeDriver driver;

    @Inject
    InstanceStore store;

    @Inject
    Instance<InstanceCredentials> credentials;

    @Resource
    ManagedExecutorService executor;

    void onStart(@Observes StartupSequence.Started started) {
        driver.onChange(o -> executor.execute(() -> observed(o)));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Kick kick) {
        executor.execute(() -> reconcile(kick.instanceId()));
    }

    /** One bounded pass; returns the number of instances applied or deleted. */
    public int pass() {
        int done = 0;
        for (Long id : store.outOfSync(MAX_APPLY_PER_PASS)) {
            done += reconcile(id) ? 1 : 0;
        }
        Map<Long, ObservedRuntime> observed = driver.observeAll();
        List<Long> again = new java.util.ArrayList<>();
        for (int chunk = 0; chunk < MAX_OBSERVE_PER_PASS / OBSERVE_CHUNK; chunk++) {
            try {
                again.addAll(store.observeAll(observed, OBSERVE_CHUNK));
            } catch (RuntimeException raced) {
                LOG.log(Level.FINE, "an observation chunk lost a race; the next pass retries it", raced);
            }
            if (store.wrapped()) {
                break;
            }
        }
        for (Long id : again.subList(0, Math.min(again.size(), MAX_APPLY_PER_PASS))) {
            done += reconcile(id) ? 1 : 0;
        }
        return done;
    }

    public boolean reconcile(long id) {
        try {
            var work = store.work(id);
            if (work.isEmpty()) {
                return false;
            }
            if (work.get().delete()) {
                driver.delete(id);
                if (credentials.isResolvable()) {
                    credentials.get().revokeGatewayKeys(id);
                }
                store.gone(id);
            } else {
                driver.apply(work.get().spec());
                store.applied(id, work.get().spec().generation());
                ObservedRuntime now = driver.observeAll().get(id);
                if (now != null) {
                    store.observe(now);
                }
            }
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reconciling instance " + id + " failed", e);
            try {
                store.failed(id, "ApplyFailed", e.getMessage());
            } catch (RuntimeException ignored) {
                LOG.fine("recording the failure of instance " + id + " failed too");
            }
            return false;
        }
    }

    private void observed(ObservedRuntime o) {
        try {
            if (store.observe(o)) {
                reconcile(o.instanceId());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "recording an observation of instance " + o.instanceId() + " failed", e);
        }
    }
}
