package org.clawmanager.runtimes.boundary;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The seam between the instance lifecycle (what should run) and the place it runs: local child processes in the
 * embedded default, Kubernetes objects in production. Exactly one driver is active per deployment, chosen by
 * {@code clawmanager.runtime.driver} ({@code local} | {@code kubernetes}).
 *
 * <p>Every method is idempotent and may be retried: the instance lifecycle calls them from sweeps that can run
 * again after a crash. No method blocks on the runtime becoming ready; readiness is observed and reported through
 * {@link #observeAll()} and the change listener.
 */
public interface RuntimeDriver {

    /** {@code local} or {@code kubernetes}; shown in the console and stored with each instance. */
    String kind();

    /**
     * Creates or updates everything the instance needs (workspace/PVC, secret, config, process/workload) so that it
     * converges to {@code spec}; starts it when {@code spec.running()} and scales it to zero otherwise (storage kept).
     */
    void apply(RuntimeSpec spec);

    /** Removes the instance and everything it owns, storage included. Unknown instances are a no-op. */
    void delete(long instanceId);

    /**
     * What the driver currently sees for every instance it manages, in one call (one list/informer read, never a
     * call per instance), for the reconcile sweep.
     */
    Map<Long, ObservedRuntime> observeAll();

    /** Registers a listener for changes the driver notices by itself (watch events, process exits). */
    void onChange(Consumer<ObservedRuntime> listener);

    /** Capacity requested by instances versus what is available (nodes on Kubernetes, this host locally). */
    Capacity capacity();
}
