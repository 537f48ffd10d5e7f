package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A mock API server of its own, a driver connected to it and a client for the test's own reads and writes.
 * One server per test: the mock blocks its only event-loop thread for up to 30 s whenever a watch is closed
 * (WatchEventsListener.onClosed waits for its executor), so a server is shut down before the informers are.
 */
final class DriverFixture implements AutoCloseable {

    final MockApiServer server;
    final KubernetesClient client;
    final Kubelet kubelet;
    final KubernetesSettings settings;
    final KubernetesDriver driver;
    private final ExecutorService listenerThreads = Executors.newSingleThreadExecutor();

    DriverFixture(KubernetesSettings settings) {
        this(settings, Clock.systemUTC());
    }

    DriverFixture(KubernetesSettings settings, Clock clock) {
        this(new MockApiServer(), settings, clock);
    }

    DriverFixture(MockApiServer server, KubernetesSettings settings, Clock clock) {
        this.server = server;
        this.client = server.client();
        this.kubelet = new Kubelet(client);
        this.settings = settings;
        this.driver = new KubernetesDriver(listeners -> new KubernetesCluster(server.client(), settings, clock,
                listenerThreads, listeners));
    }

    static String namespace(long ownerId) {
        return "claw-u" + ownerId;
    }

    @Override
    public void close() {
        server.close();
        driver.close();
        listenerThreads.shutdownNow();
        client.close();
    }
}
