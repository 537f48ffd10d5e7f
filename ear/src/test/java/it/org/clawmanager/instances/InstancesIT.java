package it.org.clawmanager.instances;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The instance lifecycle against the real server (MariaDB + Redis, local driver): the contract of issue 3 — create
 * → the agent registers and goes online; a health check finishes within a second; stop reaches stopped; start and
 * restart bring it back; delete removes it and its process; quotas are enforced and named.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstancesIT {

    Session user;

    @BeforeAll
    void setUp() {
        user = Api.newUser("user");
    }

    @Test
    void createRegistersHealthCheckSucceedsStopAndStartWork() throws Exception {
        Reply created = user.post("/api/instances", "{\"name\":\"contract\",\"type\":\"custom\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(created.json().getString("status")).isEqualTo("creating");
        assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/instances/" + id));

        JsonObject running = Fleet.awaitState(user, id, "running", "online", Duration.ofSeconds(60));
        assertThat(running.getJsonObject("agent").getJsonNumber("epoch").longValue()).isEqualTo(1);
        assertThat(running.getJsonObject("desired").getString("powerState")).isEqualTo("running");

        Instant before = Instant.now();
        Reply cmd = user.post("/api/instances/" + id + "/commands", "{\"type\":\"health_check\"}");
        assertThat(cmd.status()).as(cmd.toString()).isIn(201, 202);
        long commandId = cmd.json().getJsonNumber("id").longValue();
        JsonObject done = Fleet.awaitCommand(user, id, commandId, "succeeded", Duration.ofSeconds(5));
        assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(2));
        assertThat(done.getJsonObject("result").getBoolean("healthy")).isTrue();
        assertThat(done.getString("startedAt")).isNotBlank();

        long pid = Fleet.pid(id);
        Reply stop = user.post("/api/instances/" + id + "/stop", null);
        assertThat(stop.status()).as(stop.toString()).isEqualTo(202);
        JsonObject stopped = Fleet.awaitState(user, id, "stopped", null, Duration.ofSeconds(30));
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        // the agent's last beat is seconds old, yet a runtime observed stopped has no agent online
        assertThat(stopped.getString("agentStatus")).as(stopped.toString()).isEqualTo("offline");

        user.post("/api/instances/" + id + "/start", null);
        JsonObject again = Fleet.awaitState(user, id, "running", "online", Duration.ofSeconds(60));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                Fleet.get(user, id).getJsonObject("agent").getJsonNumber("epoch").longValue() >= 2);
        assertThat(again.getJsonObject("desired").getJsonNumber("generation").longValue()).isGreaterThan(1);

        long pid2 = Fleet.pid(id);
        user.post("/api/instances/" + id + "/restart", null);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            try {
                return Fleet.pid(id) != pid2;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        Fleet.awaitState(user, id, "running", "online", Duration.ofSeconds(60));

        Reply del = user.delete("/api/instances/" + id);
        assertThat(del.status()).as(del.toString()).isEqualTo(202);
        assertThat(del.json().getString("status")).isEqualTo("deleting");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> user.get("/api/instances/" + id).status() == 404);
        assertThat(Fleet.DATA.resolve("instances/" + id)).doesNotExist();
    }

    @Test
    void quotaIsCheckedOnCreateAndNamesTheQuota() {
        Session limited = Api.newUser("user");
        Reply q = Api.admin().put("/api/users/" + limited.userId() + "/quota",
                "{\"maxInstances\":1,\"maxCpuCores\":1.5,\"maxMemoryGiB\":8,\"maxStorageGiB\":100,\"maxGpus\":0}");
        assertThat(q.status()).as(q.toString()).isEqualTo(200);
        Reply cpu = limited.post("/api/instances", "{\"name\":\"big\",\"type\":\"custom\",\"size\":\"medium\"}");
        assertThat(cpu.status()).as(cpu.toString()).isIn(409, 422);
        assertThat(cpu.json().getString("quota")).isEqualTo("cpuCores");
        Reply gpu = limited.post("/api/instances", "{\"name\":\"gpu\",\"type\":\"custom\",\"gpus\":1}");
        assertThat(gpu.json().getString("quota")).isEqualTo("gpus");
        long id = Fleet.create(limited, "one");
        Reply second = limited.post("/api/instances", "{\"name\":\"two\",\"type\":\"custom\"}");
        assertThat(second.status()).as(second.toString()).isIn(409, 422);
        assertThat(second.json().getString("quota")).isEqualTo("instances");
        assertThat(limited.get("/api/users/me/quota").json().getJsonObject("usage").getInt("instances")).isEqualTo(1);
        Reply dup = Api.admin().put("/api/users/" + limited.userId() + "/quota",
                "{\"maxInstances\":5,\"maxCpuCores\":10,\"maxMemoryGiB\":80,\"maxStorageGiB\":1000,\"maxGpus\":0}");
        assertThat(dup.status()).isEqualTo(200);
        Reply sameName = limited.post("/api/instances", "{\"name\":\"one\",\"type\":\"custom\"}");
        assertThat(sameName.isProblem(409)).as(sameName.toString()).isTrue();
        assertThat(sameName.code()).isEqualTo("instance-name-taken");
        limited.delete("/api/instances/" + id);
    }

    @Test
    void batchCreateAndBatchDeleteAndVisibility() {
        Session owner = Api.newUser("user");
        Reply batch = owner.post("/api/instances/batch", "{\"namePrefix\":\"fleet\",\"count\":3,\"startIndex\":7,"
                + "\"template\":{\"type\":\"custom\",\"size\":\"small\",\"env\":{\"MODE\":\"test\"}}}");
        assertThat(batch.status()).as(batch.toString()).isEqualTo(201);
        assertThat(batch.jsonArray()).hasSize(3);
        assertThat(batch.jsonArray().getJsonObject(0).getString("name")).isEqualTo("fleet-7");
        assertThat(batch.jsonArray().getJsonObject(2).getJsonObject("env").getString("MODE")).isEqualTo("test");
        long first = batch.jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        long last = batch.jsonArray().getJsonObject(2).getJsonNumber("id").longValue();

        assertThat(owner.get("/api/instances").json().getJsonNumber("total").longValue()).isEqualTo(3);
        Session stranger = Api.newUser("user");
        assertThat(stranger.get("/api/instances").json().getJsonNumber("total").longValue()).isZero();
        assertThat(stranger.get("/api/instances/" + first).isProblem(404)).isTrue();
        assertThat(stranger.post("/api/instances/" + first + "/stop", null).isProblem(404)).isTrue();
        assertThat(stranger.post("/api/instances/batch-delete", "{\"ids\":[" + first + "]}").isProblem(404)).isTrue();
        Session operator = Api.newUser("operator");
        assertThat(operator.get("/api/instances?ownerId=" + owner.userId()).json().getJsonNumber("total")
                .longValue()).isEqualTo(3);
        assertThat(operator.get("/api/instances/" + first).status()).isEqualTo(200);

        Reply deleted = owner.post("/api/instances/batch-delete", "{\"ids\":[" + first + "," + last + "]}");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(202);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                owner.get("/api/instances").json().getJsonNumber("total").longValue() == 1);
        owner.get("/api/instances").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(i -> owner.delete("/api/instances/" + i.getJsonNumber("id")));
    }

    @Test
    void clusterCapacityIsForOperatorsAndShowsThisHost() {
        Reply c = Api.admin().get("/api/cluster/capacity");
        assertThat(c.status()).as(c.toString()).isEqualTo(200);
        assertThat(c.json().getString("driver")).isEqualTo("local");
        assertThat(c.json().getJsonArray("nodes").getJsonObject(0).getInt("cpuMillicoresAllocatable")).isPositive();
        assertThat(user.get("/api/cluster/capacity").isProblem(403)).isTrue();
    }
}
