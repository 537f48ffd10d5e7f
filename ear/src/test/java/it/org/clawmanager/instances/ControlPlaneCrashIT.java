package it.org.clawmanager.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import it.org.clawmanager.support.EmbeddedServer;
import it.org.clawmanager.support.Reply;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * SIGKILL of the control plane while commands are being dispatched, on a dedicated embedded-default server (H2,
 * local driver). After the restart every command the API had accepted reaches a terminal state, and the agent
 * processes were re-adopted (same pids), never duplicated.
 */
class ControlPlaneCrashIT {

    private static final EmbeddedServer SERVER = new EmbeddedServer(Path.of("target/crash-it-data"),
            "Crash-" + UUID.randomUUID());
    private static final Path DATA = SERVER.data();
    private static final Map<String, String> ACK_TIMEOUT = Map.of("CLAWMANAGER_COMMANDS_ACK_TIMEOUT", "PT5S");
    private static final Set<String> TERMINAL = Set.of("succeeded", "failed", "timed_out", "cancelled");

    @AfterAll
    static void stop() throws Exception {
        try {
            String token = SERVER.loginAdmin();
            for (JsonObject i : SERVER.send("GET", "/api/instances", null, token).json().getJsonArray("items")
                    .getValuesAs(JsonObject.class)) {
                SERVER.send("DELETE", "/api/instances/" + i.getJsonNumber("id"), null, token);
            }
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    SERVER.send("GET", "/api/instances", null, token).json().getJsonNumber("total").longValue() == 0);
        } finally {
            SERVER.stop();
        }
    }

    @Test
    void noAcceptedCommandIsLostAndAgentsAreReadoptedNotDuplicated() throws Exception {
        SERVER.startFresh(ACK_TIMEOUT);
        String token = SERVER.loginAdmin();
        long a = create(token, "crash-a");
        long b = create(token, "crash-b");
        for (long id : List.of(a, b)) {
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                JsonObject i = SERVER.send("GET", "/api/instances/" + id, null, token).json();
                return "running".equals(i.getString("status")) && "online".equals(i.getString("agentStatus"));
            });
        }
        Map<Long, Long> pidsBefore = Map.of(a, pid(a), b, pid(b));

        List<String> types = List.of("health_check", "collect_system_info", "sync_skill_inventory",
                "refresh_skill_inventory", "reload_config", "apply_config_revision");
        List<long[]> accepted = new ArrayList<>();
        for (String type : types) {
            for (long id : List.of(a, b)) {
                Reply r = SERVER.send("POST", "/api/instances/" + id + "/commands", "{\"type\":\"" + type + "\"}", token);
                if (r.status() == 202) {
                    accepted.add(new long[] {id, r.json().getJsonNumber("id").longValue()});
                }
            }
        }
        SERVER.kill9();
        assertThat(accepted).hasSize(types.size() * 2);

        SERVER.start(ACK_TIMEOUT);
        String again = SERVER.loginAdmin();
        for (long[] c : accepted) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
                Reply r = SERVER.send("GET", "/api/instances/" + c[0] + "/commands/" + c[1], null, again);
                assertThat(r.status()).as("accepted command " + c[1] + " after the crash: " + r).isEqualTo(200);
                return TERMINAL.contains(r.json().getString("status"));
            });
        }
        long succeeded = accepted.stream().filter(c -> "succeeded".equals(SERVER.send("GET", "/api/instances/" + c[0]
                + "/commands/" + c[1], null, again).json().getString("status"))).count();
        assertThat(succeeded).as("commands that succeeded after the crash").isGreaterThanOrEqualTo(accepted.size() - 2);
        assertThat(pid(a)).isEqualTo(pidsBefore.get(a));
        assertThat(pid(b)).isEqualTo(pidsBefore.get(b));
        assertThat(agentProcesses(a)).isEqualTo(1);
        assertThat(agentProcesses(b)).isEqualTo(1);
        JsonObject ia = SERVER.send("GET", "/api/instances/" + a, null, again).json();
        assertThat(ia.getString("status")).isEqualTo("running");
        assertThat(ia.getJsonObject("agent").getJsonNumber("epoch").longValue()).isEqualTo(1);
    }

    private static long create(String token, String name) {
        Reply r = SERVER.send("POST", "/api/instances", "{\"name\":\"" + name + "\",\"type\":\"custom\"}", token);
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

}
