package it.org.clawmanager.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;

/**
 * Agent protocol v1 and its failure cases against the running server and real agent processes: wrong tokens,
 * malformed payloads, stale epochs (fencing), liveness thresholds (the IT server uses 3 s / 6 s), redelivery of a
 * command whose agent froze, and an agent killed outright (restarted by the local driver with a new epoch).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgentProtocolIT {

    Session owner;
    long id;
    long otherId;

    @BeforeAll
    void setUp() {
        owner = Api.newUser("user");
        id = Fleet.create(owner, "proto");
        otherId = Fleet.create(owner, "proto-other");
        Fleet.awaitState(owner, id, "running", "online", Duration.ofSeconds(60));
        Fleet.awaitState(owner, otherId, "running", "online", Duration.ofSeconds(60));
    }

    @AfterAll
    void tearDown() {
        owner.delete("/api/instances/" + id);
        owner.delete("/api/instances/" + otherId);
    }

    private String bootstrap(long instance) throws Exception {
        return Fleet.environment(Fleet.pid(instance)).get("CLAWMANAGER_BOOTSTRAP_TOKEN");
    }

    private static String register(long instance) {
        return "{\"instanceId\":" + instance + ",\"protocolVersion\":\"v1\",\"agentVersion\":\"it\"}";
    }

    @Test
    @Order(1)
    void registrationRejectsWrongTokensAndMalformedPayloads() throws Exception {
        String token = bootstrap(id);
        assertThat(token).startsWith("cmb_" + id + "_");
        assertThat(Fleet.agent("POST", "register", null, register(id)).isProblem(401)).isTrue();
        assertThat(Fleet.agent("POST", "register", token + "x", register(id)).isProblem(401)).isTrue();
        assertThat(Fleet.agent("POST", "register", token, register(otherId)).isProblem(401)).isTrue();
        assertThat(Fleet.agent("POST", "register", bootstrap(otherId), register(id)).isProblem(401)).isTrue();
        Reply malformed = Fleet.agent("POST", "register", token, "{\"instanceId\":");
        assertThat(malformed.isProblem(400)).as(malformed.toString()).isTrue();
        Reply wrongType = Fleet.agent("POST", "register", token, "{\"instanceId\":\"abc\",\"protocolVersion\":\"v1\"}");
        assertThat(wrongType.isProblem(400)).as(wrongType.toString()).isTrue();
        Reply v2 = Fleet.agent("POST", "register", token, "{\"instanceId\":" + id + ",\"protocolVersion\":\"v2\"}");
        assertThat(v2.isProblem(400)).as(v2.toString()).isTrue();
        assertThat(Fleet.agent("POST", "heartbeat", "cms_" + id + "_1_forged", "{}").isProblem(401)).isTrue();
        assertThat(Fleet.agent("POST", "heartbeat", "garbage", "{}").isProblem(401)).isTrue();
        assertThat(Fleet.agent("GET", "commands/next?wait=0", null, null).isProblem(401)).isTrue();
    }

    @Test
    @Order(2)
    void aFrozenAgentGoesStaleThenOfflineAndItsDispatchedCommandIsRedelivered() throws Exception {
        long pid = Fleet.pid(id);
        Fleet.signal(pid, "STOP");
        try {
            Reply cmd = owner.post("/api/instances/" + id + "/commands", "{\"type\":\"collect_system_info\"}");
            long commandId = cmd.json().getJsonNumber("id").longValue();
            Fleet.awaitState(owner, id, null, "stale", Duration.ofSeconds(15));
            Fleet.awaitState(owner, id, null, "offline", Duration.ofSeconds(15));
            // the frozen agent's poll took the command; without an acknowledgement it goes back to pending
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                JsonObject c = owner.get("/api/instances/" + id + "/commands/" + commandId).json();
                return "pending".equals(c.getString("status")) && c.getInt("attempts") >= 1;
            });
            Fleet.signal(pid, "CONT");
            JsonObject done = Fleet.awaitCommand(owner, id, commandId, "succeeded", Duration.ofSeconds(20));
            assertThat(done.getJsonObject("result").getInt("cpus")).isPositive();
            Fleet.awaitState(owner, id, null, "online", Duration.ofSeconds(15));
        } finally {
            Fleet.signal(pid, "CONT");
        }
    }

    @Test
    @Order(3)
    void aNewIncarnationFencesTheOldOneAndOtherInstancesCommandsAreForbidden() throws Exception {
        long epoch = Fleet.get(owner, id).getJsonObject("agent").getJsonNumber("epoch").longValue();
        Reply reg = Fleet.agent("POST", "register", bootstrap(id), register(id));
        assertThat(reg.status()).as(reg.toString()).isEqualTo(200);
        String session = reg.json().getString("sessionToken");
        assertThat(reg.json().getJsonNumber("epoch").longValue()).isEqualTo(epoch + 1);
        assertThat(reg.json().getJsonObject("desired").getString("powerState")).isEqualTo("running");
        Reply hb = Fleet.agent("POST", "heartbeat", session, "{\"runtimeStatus\":\"running\"}");
        assertThat(hb.status()).as(hb.toString()).isEqualTo(200);
        assertThat(hb.json().getJsonObject("desired").getJsonNumber("generation").longValue()).isPositive();
        Reply badHb = Fleet.agent("POST", "heartbeat", session, "{\"configRevision\":\"x\"}");
        assertThat(badHb.isProblem(400)).as(badHb.toString()).isTrue();

        // the real agent is now stale: it is told so, exits, and the driver starts a new incarnation
        await().atMost(Duration.ofSeconds(40)).until(() ->
                Fleet.get(owner, id).getJsonObject("agent").getJsonNumber("epoch").longValue() >= epoch + 2);
        Reply stale = Fleet.agent("POST", "heartbeat", session, "{}");
        assertThat(stale.isProblem(409)).as(stale.toString()).isTrue();
        assertThat(stale.code()).isEqualTo("agent-epoch-stale");
        Fleet.awaitState(owner, id, "running", "online", Duration.ofSeconds(30));

        // a session of the other instance may not touch this instance's commands
        Reply otherReg = Fleet.agent("POST", "register", bootstrap(otherId), register(otherId));
        String otherSession = otherReg.json().getString("sessionToken");
        Reply cmd = owner.post("/api/instances/" + id + "/commands", "{\"type\":\"health_check\"}");
        long commandId = cmd.json().getJsonNumber("id").longValue();
        assertThat(Fleet.agent("POST", "commands/" + commandId + "/start", otherSession, "{}").isProblem(403)).isTrue();
        assertThat(Fleet.agent("POST", "commands/999999999/start", otherSession, "{}").isProblem(404)).isTrue();
        Reply badFinish = Fleet.agent("POST", "commands/" + commandId + "/finish", otherSession, "{\"status\":\"maybe\"}");
        assertThat(badFinish.isProblem(400)).as(badFinish.toString()).isTrue();
        Fleet.awaitCommand(owner, id, commandId, "succeeded", Duration.ofSeconds(10));
        Fleet.awaitState(owner, otherId, "running", "online", Duration.ofSeconds(40));
    }

    @Test
    @Order(4)
    void anAgentKilledOutrightIsRestartedWithANewEpoch() throws Exception {
        long epoch = Fleet.get(owner, id).getJsonObject("agent").getJsonNumber("epoch").longValue();
        long pid = Fleet.pid(id);
        Fleet.signal(pid, "KILL");
        await().atMost(Duration.ofSeconds(40)).until(() -> {
            JsonObject i = Fleet.get(owner, id);
            return i.getJsonObject("agent").getJsonNumber("epoch").longValue() > epoch
                    && "online".equals(i.getString("agentStatus")) && "running".equals(i.getString("status"));
        });
        assertThat(Fleet.pid(id)).isNotEqualTo(pid);
    }

    @Test
    @Order(5)
    void commandRulesOneOpenPerTypeIdempotencyKeysUnknownTypesAndIds() {
        String base = "/api/instances/" + id + "/commands";
        Reply a = owner.post(base, "{\"type\":\"sync_skill_inventory\",\"idempotencyKey\":\"inv-1\"}");
        Reply again = owner.post(base, "{\"type\":\"sync_skill_inventory\",\"idempotencyKey\":\"inv-1\"}");
        assertThat(again.json().getJsonNumber("id")).isEqualTo(a.json().getJsonNumber("id"));
        Reply unknown = owner.post(base, "{\"type\":\"format_disk\"}");
        assertThat(unknown.isProblem(400)).as(unknown.toString()).isTrue();
        assertThat(owner.get(base + "/999999999").isProblem(404)).isTrue();
        assertThat(owner.get("/api/instances/999999999/commands/1").isProblem(404)).isTrue();
        Fleet.awaitCommand(owner, id, a.json().getJsonNumber("id").longValue(), "succeeded", Duration.ofSeconds(10));
        Reply install = owner.post(base, "{\"type\":\"install_skill\",\"payload\":{\"skillId\":\"weather\",\"content\":\"# w\"}}");
        JsonObject installed = Fleet.awaitCommand(owner, id, install.json().getJsonNumber("id").longValue(),
                "succeeded", Duration.ofSeconds(10));
        assertThat(installed.getJsonObject("result").getBoolean("installed")).isTrue();
        assertThat(Fleet.DATA.resolve("instances/" + id + "/workspace/skills/weather/SKILL.md")).exists();
        JsonObject list = owner.get(base).jsonArray().getJsonObject(0);
        assertThat(list.getString("type")).isEqualTo("install_skill");
    }
}
