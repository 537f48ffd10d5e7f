package org.clawmanager.runtimes.control.kubernetes;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.clawmanager.runtimes.boundary.Capacity;
import org.clawmanager.runtimes.boundary.DriverKind;
import org.clawmanager.runtimes.boundary.ObservedRuntime;
import org.clawmanager.runtimes.boundary.RuntimeDriver;
import org.clawmanager.runtimes.boundary.RuntimeSpec;
import org.eclipse.microprofile.config.Config;

/**
 * The Kubernetes runtime driver. The bean exists in every deployment, including the embedded default where no
 * cluster is around, so it connects lazily: nothing reads the Kubernetes settings, opens a connection or starts an
 * informer before the first call that needs the cluster ({@link #onChange} and {@link #kind} do not). On undeploy
 * the informers are stopped and the client closed.
 */
@ApplicationScoped
@DriverKind("kubernetes")
public class KubernetesDriver implements RuntimeDriver {

    @Inject
    Config config;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    private final List<Consumer<ObservedRuntime>> listeners = new CopyOnWriteArrayList<>();
    private final Function<List<Consumer<ObservedRuntime>>, KubernetesCluster> opener;
    private KubernetesCluster cluster;
    private boolean closed;

    public KubernetesDriver() {
        this.opener = this::connect;
    }

    /** For tests: opens the cluster connection some other way (a mock API server). */
    KubernetesDriver(Function<List<Consumer<ObservedRuntime>>, KubernetesCluster> opener) {
        this.opener = opener;
    }

    @Override
    public String kind() {
        return "kubernetes";
    }

    @Override
    public void apply(RuntimeSpec spec) {
        cluster().apply(spec);
    }

    @Override
    public void delete(long instanceId) {
        cluster().delete(instanceId);
    }

    @Override
    public Map<Long, ObservedRuntime> observeAll() {
        return cluster().observeAll();
    }

    @Override
    public void onChange(Consumer<ObservedRuntime> listener) {
        listeners.add(listener);
    }

    @Override
    public Capacity capacity() {
        return cluster().capacity();
    }

    /** Connects if not yet connected (for example at start-up, when this is the selected driver). */
    public void connect() {
        cluster();
    }

    private synchronized KubernetesCluster cluster() {
        if (closed) {
            throw KubernetesFailures.unavailable("the Kubernetes driver is shut down");
        }
        if (cluster == null) {
            cluster = opener.apply(listeners);
        }
        return cluster;
    }

    private KubernetesCluster connect(List<Consumer<ObservedRuntime>> listeners) {
        KubernetesSettings settings = KubernetesSettings.from(key -> config.getOptionalValue(key, String.class));
        return new KubernetesCluster(ClientFactory.create(settings.connection()), settings, clock, executor,
                listeners);
    }

    @PreDestroy
    synchronized void close() {
        closed = true;
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }
}
