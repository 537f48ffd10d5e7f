package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.dsl.MockServerExpectation;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * fabric8's mock API server in CRUD mode (in-memory objects, label selectors, watches), on loopback, with a client
 * on the same JDK HTTP stack as production. It has no controllers, scheduler or kubelet: tests write Pods, their
 * statuses and Events themselves.
 */
final class MockApiServer implements AutoCloseable {

    /** Held so the level sticks: the mock logs every request at INFO. */
    private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver");

    private final KubernetesMockServer server;

    MockApiServer() {
        this(false);
    }

    /** {@code scripted}: CRUD plus one-off scripted answers ({@link #expect()}) that take precedence. */
    MockApiServer(boolean scripted) {
        MOCK_LOG.setLevel(Level.WARNING);
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        server = new KubernetesMockServer(new Context(), new MockWebServer(), responses,
                scripted ? new KubernetesMixedDispatcher(responses) : new KubernetesCrudDispatcher(), false);
        try {
            server.init(InetAddress.getByName("127.0.0.1"), 0);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    KubernetesClient client() {
        return server.createClient(new JdkHttpClientFactory());
    }

    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    MockServerExpectation expect() {
        return server.expect();
    }

    int requests() {
        return server.getRequestCount();
    }

    @Override
    public void close() {
        server.destroy();
    }
}
