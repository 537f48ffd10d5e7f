package org.clawmanager.gateway.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The upstream HTTP client against a real HTTP server on loopback. */
class UpstreamHttpTest {

    private static final Duration CONNECT = Duration.ofSeconds(2);

    private HttpServer server;
    private UpstreamHttp http;
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final CountDownLatch endlessBroken = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/ok", ex -> {
            clientPorts.add(ex.getRemoteAddress().getPort());
            ex.getRequestBody().readAllBytes();
            respond(ex, 200, "{\"echo\":\"" + ex.getRequestHeaders().getFirst("Authorization") + "\"}");
        });
        server.createContext("/slow-head", ex -> {
            sleep(1500);
            respond(ex, 200, "{}");
        });
        server.createContext("/error", ex -> respond(ex, 503, "x".repeat(20_000)));
        server.createContext("/trickle", ex -> {
            clientPorts.add(ex.getRemoteAddress().getPort());
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 10; i++) {
                    out.write(("data: " + i + "\n\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    sleep(120);
                }
            }
        });
        server.createContext("/endless", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 600; i++) {
                    out.write(new byte[1024]);
                    out.flush();
                    sleep(50);
                }
            } catch (IOException e) {
                endlessBroken.countDown();
            }
        });
        server.start();
        http = new UpstreamHttp();
        http.maxConnections = 16;
    }

    @AfterEach
    void stop() {
        http.close();
        server.stop(0);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void answersAreReadAndConnectionsKeptAlive() throws Exception {
        for (int i = 0; i < 5; i++) {
            UpstreamHttp.Answer a = http.post("p", uri("/ok"), Map.of("Authorization", "Bearer sk-1"),
                    "{}".getBytes(StandardCharsets.UTF_8), CONNECT, Duration.ofSeconds(5));
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.contentType()).startsWith("application/json");
            try (InputStream in = a.body()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"echo\":\"Bearer sk-1\"}");
            }
        }
        assertThat(clientPorts).as("one keep-alive connection for five sequential requests").hasSize(1);
    }

    @Test
    void noAnswerWithinTheResponseTimeoutIsATimeout() {
        assertThatThrownBy(() -> http.post("p", uri("/slow-head"), Map.of(), new byte[0], CONNECT,
                Duration.ofMillis(300))).isInstanceOfSatisfying(UpstreamException.class,
                e -> assertThat(e.kind()).isEqualTo(UpstreamException.Kind.TIMEOUT));
    }

    @Test
    void aStreamThatKeepsSendingOutlivesTheResponseTimeout() throws Exception {
        UpstreamHttp.Answer a = http.post("p", uri("/trickle"), Map.of(), new byte[0], CONNECT, Duration.ofMillis(400));
        long t0 = System.nanoTime();
        try (InputStream in = a.body()) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(all).contains("data: 0", "data: 9");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThan(Duration.ofMillis(800));
        try (InputStream in = http.post("p", uri("/trickle"), Map.of(), new byte[0], CONNECT, Duration.ofMillis(400))
                .body()) {
            in.readAllBytes();
        }
        assertThat(clientPorts).as("a stream read to its end leaves its connection for the next call").hasSize(1);
    }

    @Test
    void closingABodyEarlyAbortsTheExchangeInsteadOfReadingItToTheEnd() throws Exception {
        UpstreamHttp.Answer a = http.post("p", uri("/endless"), Map.of(), new byte[0], CONNECT, Duration.ofSeconds(5));
        long t0 = System.nanoTime();
        try (InputStream in = a.body()) {
            assertThat(in.read(new byte[100])).isPositive();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        assertThat(endlessBroken.await(10, TimeUnit.SECONDS)).as("the provider saw the connection go").isTrue();
    }

    @Test
    void aPooledConnectionTheProviderClosedIsReplacedNotReported() throws Exception {
        // a provider that answers once per connection and then closes it while it sits in the client's pool
        java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
        try (ServerSocket provider = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                while (!provider.isClosed()) {
                    try (java.net.Socket s = provider.accept()) {
                        accepted.incrementAndGet();
                        var in = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                                StandardCharsets.ISO_8859_1));
                        int length = 0;
                        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                                length = Integer.parseInt(line.substring(15).trim());
                            }
                        }
                        in.skip(length);
                        s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                + "Content-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.ISO_8859_1));
                        s.getOutputStream().flush();
                        sleep(50);
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            URI uri = URI.create("http://127.0.0.1:" + provider.getLocalPort() + "/v1/chat/completions");
            for (int i = 0; i < 3; i++) {
                UpstreamHttp.Answer a = http.post("p", uri, Map.of(), "{}".getBytes(StandardCharsets.UTF_8), CONNECT,
                        Duration.ofSeconds(5));
                try (InputStream in = a.body()) {
                    assertThat(a.status()).isEqualTo(200);
                    assertThat(in.readAllBytes()).hasSize(2);
                }
                sleep(200); // the provider has closed the pooled connection by now
            }
            assertThat(accepted.get()).as("every call needed a new connection, none failed").isEqualTo(3);
        }
    }

    @Test
    void errorStatusesComeWithTheirBody() throws Exception {
        UpstreamHttp.Answer a = http.get("p", uri("/error"), Map.of(), CONNECT, Duration.ofSeconds(5));
        assertThat(a.status()).isEqualTo(503);
        assertThat(OpenAiUpstream.readBounded(a.body())).hasSize(8192);
    }

    @Test
    void aRefusedConnectionIsAConnectFailure() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        assertThatThrownBy(() -> http.get("p", URI.create("http://127.0.0.1:" + closedPort + "/x"), Map.of(), CONNECT,
                Duration.ofSeconds(1))).isInstanceOfSatisfying(UpstreamException.class,
                e -> assertThat(e.kind()).isEqualTo(UpstreamException.Kind.CONNECT));
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
