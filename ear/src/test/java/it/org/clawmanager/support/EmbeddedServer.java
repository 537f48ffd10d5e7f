package it.org.clawmanager.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The second, embedded-default Liberty server ({@code clawmanager-embedded-it}: H2 file, in-process stand-ins) that
 * tests start, stop and kill themselves — for the Quick start path and the crash tests, which must not disturb the
 * shared integration-test server. Each test gives it its own data directory.
 */
public final class EmbeddedServer {

    private static final Path WLP = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));
    private static final String NAME = "clawmanager-embedded-it";
    private static final String PORT = System.getProperty("it.embedded.port", "9190");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path data;
    private final String adminPassword;

    /** @param adminPassword the admin password to start with, or null to let the server generate and print one */
    public EmbeddedServer(Path data, String adminPassword) {
        this.data = data.toAbsolutePath();
        this.adminPassword = adminPassword;
    }

    public Path data() {
        return data;
    }

    public Path consoleLog() {
        return WLP.resolve("usr/servers/" + NAME + "/logs/console.log");
    }

    /** Starts on an empty data directory. */
    public void startFresh(Map<String, String> env) throws IOException, InterruptedException {
        stop();
        deleteRecursively(data);
        start(env);
    }

    /** Starts (keeping the data) and waits until {@code /health/ready} answers 200. */
    public void start(Map<String, String> env) throws IOException, InterruptedException {
        server("start", env);
        awaitReady();
    }

    public void stop() throws IOException, InterruptedException {
        server("stop", Map.of());
    }

    /** {@code kill -9} of the server process: nothing gets a chance to flush or shut down. */
    public void kill9() throws Exception {
        Path pidFile = WLP.resolve("usr/servers/.pid/" + NAME + ".pid");
        long pid = Files.exists(pidFile) ? Long.parseLong(Files.readString(pidFile).trim())
                : ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains("ws-server")
                        && c.contains(NAME)).orElse(false)).findFirst().orElseThrow().pid();
        ProcessHandle h = ProcessHandle.of(pid).orElseThrow();
        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(pid)).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
        h.onExit().get(30, TimeUnit.SECONDS);
    }

    public String login(String username, String password) {
        Reply r = send("POST", "/api/auth/login", Json.createObjectBuilder().add("username", username)
                .add("password", password).build().toString(), null);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getString("accessToken");
    }

    /** Logs the admin in with the password this server was started with. */
    public String loginAdmin() {
        return login("admin", adminPassword);
    }

    /** @param token a bearer token or null */
    public Reply send(String method, String path, String body, String token) {
        return sendWith(method, path, body, token == null ? null : "Bearer " + token);
    }

    /** @param authorization the whole Authorization header value (for gateway keys) or null */
    public Reply sendWith(String method, String path, String body, String authorization) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                    .timeout(Duration.ofSeconds(30)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
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

    private void awaitReady() throws InterruptedException {
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
        throw new AssertionError(NAME + " not ready within 180 s");
    }

    private void server(String action, Map<String, String> extraEnv) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, NAME)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        // only what this test sets: the surefire/failsafe JVM may carry the shared IT server's settings
        env.keySet().removeIf(k -> k.startsWith("CLAWMANAGER_"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("CLAWMANAGER_HTTP_PORT", PORT);
        // any free port for the data-plane listener, so a server already on the default port cannot collide
        env.put("CLAWMANAGER_GATEWAY_LISTENER_PORT", "0");
        env.put("CLAWMANAGER_DATA_DIR", data.toString());
        if (adminPassword != null) {
            env.put("CLAWMANAGER_ADMIN_PASSWORD", adminPassword);
        }
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
