package it.org.clawmanager.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import it.org.clawmanager.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * SIGKILL of the control plane while commands are being dispatched, on a dedicated embedded-default server (H2,
 * local driver). After the restart every command the API had accepted reaches a terminal state, and the agent
 * processes were re-adopted (same pids), never duplicated.
 */
class ControlPlaneCrashIT {

    private static final Path WLP = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));
    private static final String SERVER = "clawmanager-embedded-it";
    private static final String PORT = System.getProperty("it.embedded.port", "9190");
    private static final Path DATA = Path.of("target/crash-it-data").toAbsolutePath();
    private static final String BASE = "http://127.0.0.1:" + PORT;
    private static final String PASSWORD = "Crash-" + UUID.randomUUID();
    private static final Set<String> TERMINAL = Set.of("succeeded", "failed", "timed_out", "cancelled");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @AfterAll
    static void stop() throws Exception {
        try {
            String token = login();
            for (JsonObject i : send("GET", "/api/instances", null, token).json().getJsonArray("items")
                    .getValuesAs(JsonObject.class)) {
                send("DELETE", "/api/instances/" + i.getJsonNumber("id"), null, token);
            }
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    send("GET", "/api/instances", null, token).json().getJsonNumber("total").longValue() == 0);
        } finally {
            server("stop");
        }
    }

    @Test
    void noAcceptedCommandIsLostAndAgentsAreReadoptedNotDuplicated() throws Exception {
        server("stop");
        deleteRecursively(DATA);
        server("start");
        awaitReady();
        String token = login();
        long a = create(token, "crash-a");
        long b = create(token, "crash-b");
        for (long id : List.of(a, b)) {
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                JsonObject i = send("GET", "/api/instances/" + id, null, token).json();
                return "running".equals(i.getString("status")) && "online".equals(i.getString("agentStatus"));
            });
        }
        Map<Long, Long> pidsBefore = Map.of(a, pid(a), b, pid(b));

        List<String> types = List.of("health_check", "collect_system_info", "sync_skill_inventory",
                "refresh_skill_inventory", "reload_config", "apply_config_revision");
        List<long[]> accepted = new ArrayList<>();
        for (String type : types) {
            for (long id : List.of(a, b)) {
                Reply r = send("POST", "/api/instances/" + id + "/commands", "{\"type\":\"" + type + "\"}", token);
                if (r.status() == 202) {
                    accepted.add(new long[] {id, r.json().getJsonNumber("id").longValue()});
                }
            }
        }
        kill9();
        assertThat(accepted).hasSize(types.size() * 2);

        server("start");
        awaitReady();
        String again = login();
        for (long[] c : accepted) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
                Reply r = send("GET", "/api/instances/" + c[0] + "/commands/" + c[1], null, again);
                assertThat(r.status()).as("accepted command " + c[1] + " after the crash: " + r).isEqualTo(200);
                return TERMINAL.contains(r.json().getString("status"));
            });
        }
        long succeeded = accepted.stream().filter(c -> "succeeded".equals(send("GET", "/api/instances/" + c[0]
                + "/commands/" + c[1], null, again).json().getString("status"))).count();
        assertThat(succeeded).as("commands that succeeded after the crash").isGreaterThanOrEqualTo(accepted.size() - 2);
        assertThat(pid(a)).isEqualTo(pidsBefore.get(a));
        assertThat(pid(b)).isEqualTo(pidsBefore.get(b));
        assertThat(agentProcesses(a)).isEqualTo(1);
        assertThat(agentProcesses(b)).isEqualTo(1);
        JsonObject ia = send("GET", "/api/instances/" + a, null, again).json();
        assertThat(ia.getString("status")).isEqualTo("running");
        assertThat(ia.getJsonObject("agent").getJsonNumber("epoch").longValue()).isEqualTo(1);
    }

    private static long create(String token, String name) {
        Reply r = send("POST", "/api/instances", "{\"name\":\"" + name + "\",\"type\":\"custom\"}", token);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().getJsonNumber("id").longValue();
    }

    private static long pid(long id) throws IOException {
        return Long.parseLong(Files.readString(DATA.resolve("instances/" + id + "/agent.pid")).trim().split("\\s+")[0]);
    }

    /** Live processes whose environment names this server's instance {@code id}. */
    private static long agentProcesses(long id) {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive).filter(p -> {
            try {
                String env = Files.readString(Path.of("/proc/" + p.pid() + "/environ"), StandardCharsets.UTF_8);
                return env.contains("CLAWMANAGER_INSTANCE_ID=" + id + "\u0000")
                        && env.contains("CLAWMANAGER_WORKSPACE=" + DATA.resolve("instances/" + id + "/workspace"));
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }).count();
    }

    private static void kill9() throws Exception {
        Path pidFile = WLP.resolve("usr/servers/.pid/" + SERVER + ".pid");
        long pid = Files.exists(pidFile) ? Long.parseLong(Files.readString(pidFile).trim())
                : ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains("ws-server")
                        && c.contains(SERVER)).orElse(false)).findFirst().orElseThrow().pid();
        ProcessHandle h = ProcessHandle.of(pid).orElseThrow();
        new ProcessBuilder("kill", "-KILL", Long.toString(pid)).start().waitFor();
        h.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static String login() {
        Reply r = send("POST", "/api/auth/login", Json.createObjectBuilder().add("username", "admin")
                .add("password", PASSWORD).build().toString(), null);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getString("accessToken");
    }

    private static Reply send(String method, String path, String body, String token) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                b.header("Content-Type", "application/json");
            }
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException | InterruptedException e) {
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
        throw new AssertionError("crash-test server not ready within 180 s");
    }

    private static void server(String action) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, SERVER)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("CLAWMANAGER_"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("CLAWMANAGER_HTTP_PORT", PORT);
        env.put("CLAWMANAGER_DATA_DIR", DATA.toString());
        env.put("CLAWMANAGER_ADMIN_PASSWORD", PASSWORD);
        env.put("CLAWMANAGER_COMMANDS_ACK_TIMEOUT", "PT5S");
        Process p = pb.start();
        assertThat(p.waitFor(240, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
