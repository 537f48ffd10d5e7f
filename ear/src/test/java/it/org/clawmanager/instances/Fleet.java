package it.org.clawmanager.instances;

import static org.awaitility.Awaitility.await;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
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
import java.util.Map;

/** Helpers for instance tests: create and await instances, read the local agent's pid and environment. */
final class Fleet {

    static final Path DATA = Path.of(System.getProperty("it.data.dir", "target/it-data"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Fleet() {
    }

    static long create(Session s, String name) {
        Reply r = s.post("/api/instances", "{\"name\":\"" + name + "\",\"type\":\"custom\"}");
        if (r.status() != 201) {
            throw new IllegalStateException("create failed: " + r);
        }
        return r.json().getJsonNumber("id").longValue();
    }

    static JsonObject get(Session s, long id) {
        return s.get("/api/instances/" + id).json();
    }

    static JsonObject awaitState(Session s, long id, String status, String agentStatus, Duration within) {
        JsonObject[] last = new JsonObject[1];
        await().atMost(within).pollInterval(Duration.ofMillis(200)).alias("instance " + id + " → " + status + "/"
                + agentStatus).until(() -> {
                    last[0] = get(s, id);
                    return (status == null || status.equals(last[0].getString("status")))
                            && (agentStatus == null || agentStatus.equals(last[0].getString("agentStatus")));
                });
        return last[0];
    }

    static JsonObject awaitCommand(Session s, long id, long commandId, String status, Duration within) {
        JsonObject[] last = new JsonObject[1];
        await().atMost(within).pollInterval(Duration.ofMillis(50)).until(() -> {
            last[0] = s.get("/api/instances/" + id + "/commands/" + commandId).json();
            return status.equals(last[0].getString("status"));
        });
        return last[0];
    }

    static long pid(long id) throws IOException {
        return Long.parseLong(Files.readString(DATA.resolve("instances/" + id + "/agent.pid")).trim().split("\\s+")[0]);
    }

    /** The agent process's environment (same machine, same user): how a test learns the bootstrap token. */
    static Map<String, String> environment(long pid) throws IOException {
        String raw = Files.readString(Path.of("/proc/" + pid + "/environ"), StandardCharsets.UTF_8);
        Map<String, String> env = new java.util.HashMap<>();
        for (String kv : raw.split("\u0000")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                env.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        return env;
    }

    static void signal(long pid, String signal) throws Exception {
        new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
    }

    /** A call of the agent protocol with {@code X-Agent-Token}. */
    static Reply agent(String method, String path, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/agent/v1/" + path))
                .timeout(Duration.ofSeconds(40)).method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("X-Agent-Token", token);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
