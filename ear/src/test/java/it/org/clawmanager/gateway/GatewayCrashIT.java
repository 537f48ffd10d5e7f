package it.org.clawmanager.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Reply;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * SIGKILL under load loses no audit record of an answered request: a dedicated embedded server (journal draining
 * switched off, so every record still sits in the local journal) is killed with {@code kill -9} while clients are
 * calling it; after a restart every request whose answer was received has its record.
 */
class GatewayCrashIT {

    private static final Path WLP = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));
    private static final String SERVER = "clawmanager-embedded-it";
    private static final String PORT = System.getProperty("it.embedded.port", "9190");
    private static final Path DATA = Path.of("target/gateway-crash-it-data");
    private static final String BASE = "http://127.0.0.1:" + PORT;
    private static final String PASSWORD = "crash-it-" + Long.toHexString(System.nanoTime()) + "-Pw";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterAll
    static void stop() throws Exception {
        server("stop", Map.of());
    }

    @Test
    void killDashNineLosesNoRecordOfAnAnsweredRequest() throws Exception {
        deleteRecursively(DATA);
        server("stop", Map.of());
        server("start", Map.of("CLAWMANAGER_GATEWAY_JOURNAL_DRAIN_MS", "3600000"));
        awaitReady();
        String token = login();
        Reply k = send("POST", "/api/gateway/keys", "{\"name\":\"crash\"}", "Bearer " + token);
        assertThat(k.status()).as(k.toString()).isEqualTo(201);
        String key = k.json().getString("key");

        Set<String> answered = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            int thread = t;
            clients.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    try {
                        Reply r = send("POST", "/v1/chat/completions", Gw.chat("mock-chat", "crash " + thread + "/" + i),
                                "Bearer " + key);
                        if (r.status() == 200 && r.body().endsWith("}")) {
                            answered.add(r.header("X-Trace-Id").orElseThrow());
                        }
                    } catch (RuntimeException serverGone) {
                        return;
                    }
                }
            });
        }
        Instant until = Instant.now().plusSeconds(4);
        while (Instant.now().isBefore(until) || answered.size() < 50) {
            Thread.sleep(100);
        }
        kill9();
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        List<String> traces = new ArrayList<>(answered);
        assertThat(traces).hasSizeGreaterThan(50);

        server("start", Map.of());
        awaitReady();
        String admin = "Bearer " + login();
        List<String> missing = new ArrayList<>();
        for (String trace : traces) {
            if (send("GET", "/api/gateway/audit/" + trace, null, admin).status() != 200) {
                missing.add(trace);
            }
        }
        assertThat(missing).as("records lost of %d answered requests", traces.size()).isEmpty();
        Reply analytics = send("GET", "/api/gateway/analytics?groupBy=model", null, admin);
        assertThat(analytics.json().getJsonObject("totals").getJsonNumber("requests").longValue())
                .isGreaterThanOrEqualTo(traces.size());
    }

    private static void kill9() throws Exception {
        Path pidFile = WLP.resolve("usr/servers/.pid/" + SERVER + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(30, TimeUnit.SECONDS).join());
    }

    private static String login() {
        Reply r = send("POST", "/api/auth/login", "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}", null);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getString("accessToken");
    }

    private static Reply send(String method, String path, String body, String authorization) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                b.header("Content-Type", "application/json");
            }
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (send("GET", "/health/ready", null, null).status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // connection refused while starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("embedded server not ready within 180 s");
    }

    private static void server(String action, Map<String, String> extraEnv) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, SERVER)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("CLAWMANAGER_"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("CLAWMANAGER_HTTP_PORT", PORT);
        env.put("CLAWMANAGER_DATA_DIR", DATA.toAbsolutePath().toString());
        env.put("CLAWMANAGER_ADMIN_PASSWORD", PASSWORD);
        env.putAll(extraEnv);
        Process p = pb.start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
