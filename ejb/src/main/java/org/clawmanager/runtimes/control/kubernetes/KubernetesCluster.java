package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.clawmanager.runtimes.boundary.Capacity;
import org.clawmanager.runtimes.boundary.ObservedRuntime;
import org.clawmanager.runtimes.boundary.RuntimeSpec;

/**
 * One connection to one cluster: the client, the informers and the parts that write and read through them. It
 * exists from the driver's first use until undeploy. Reads (status, capacity) come from the caches only and wait,
 * bounded, for the first sync: an empty cache must never look like "no instances exist".
 */
final class KubernetesCluster implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KubernetesCluster.class.getName());

    private final KubernetesClient client;
    private final KubernetesSettings settings;
    private final InstanceApplier applier;
    private final InstanceRemover remover;
    private final ClusterCaches caches;
    private final StatusTracker tracker;
    private final CapacityCalculator capacity;
    private final CompletableFuture<Void> synced;

    KubernetesCluster(KubernetesClient client, KubernetesSettings settings, Clock clock, Executor listenerExecutor,
                      List<Consumer<ObservedRuntime>> listeners) {
        this.client = client;
        this.settings = settings;
        InstanceNames names = new InstanceNames(settings.placement().namespacePrefix());
        this.applier = new InstanceApplier(client, settings, new NamespaceProvisioner(client, settings, names));
        this.remover = new InstanceRemover(client, names);
        this.capacity = new CapacityCalculator(settings.pods().gpuResource(), names);
        this.tracker = new StatusTracker(new StatusMapper(settings), clock, listeners,
                new SerialDispatch(listenerExecutor));
        this.caches = new ClusterCaches(client, settings, names, tracker::changed);
        tracker.attach(caches);
        LOG.info(() -> "Kubernetes driver: connecting to " + client.getMasterUrl() + ", watching namespaces "
                + settings.placement().namespacePrefix() + "-u*");
        this.synced = caches.start().thenRun(() -> {
            tracker.synced();
            LOG.info("Kubernetes driver: caches in sync");
        });
    }

    void apply(RuntimeSpec spec) {
        applier.apply(spec);
    }

    void delete(long instanceId) {
        remover.delete(instanceId);
    }

    Map<Long, ObservedRuntime> observeAll() {
        awaitSync();
        return tracker.observeAll();
    }

    Capacity capacity() {
        awaitSync();
        return capacity.capacity(caches.nodes(), caches::podsOn);
    }

    private void awaitSync() {
        try {
            synced.get(settings.connection().syncTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw KubernetesFailures.unavailable("the Kubernetes caches are not in sync yet (API server at "
                    + client.getMasterUrl() + "); try again shortly");
        } catch (ExecutionException e) {
            throw KubernetesFailures.unavailable("the Kubernetes caches could not be filled: "
                    + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KubernetesFailures.unavailable("interrupted while waiting for the Kubernetes caches");
        }
    }

    @Override
    public void close() {
        caches.close();
        client.close();
        LOG.info("Kubernetes driver: informers stopped, client closed");
    }
}
