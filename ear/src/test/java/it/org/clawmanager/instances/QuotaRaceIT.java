package it.org.clawmanager.instances;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The quota check on create is atomic: many parallel creates of one owner against a quota of k admit exactly k,
 * every other one is 422 quota-exceeded (without the owner's row lock several pass the check at the same time).
 */
class QuotaRaceIT {

    private static final int PARALLEL = 12;
    private static final int LIMIT = 3;

    @Test
    void parallelCreatesAdmitExactlyTheQuota() throws Exception {
        Session owner = Api.newUser("user");
        Reply q = Api.admin().put("/api/users/" + owner.userId() + "/quota", "{\"maxInstances\":" + LIMIT
                + ",\"maxCpuCores\":100,\"maxMemoryGiB\":1000,\"maxStorageGiB\":10000,\"maxGpus\":0}");
        assertThat(q.status()).as(q.toString()).isEqualTo(200);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL)) {
            for (int n = 0; n < PARALLEL; n++) {
                String body = "{\"name\":\"race-" + n + "\",\"type\":\"custom\"}";
                replies.add(pool.submit(() -> {
                    go.await();
                    return owner.post("/api/instances", body);
                }));
            }
            go.countDown();
            int created = 0;
            for (Future<Reply> f : replies) {
                Reply r = f.get();
                if (r.status() == 201) {
                    created++;
                } else {
                    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
                    assertThat(r.code()).isEqualTo("quota-exceeded");
                    assertThat(r.json().getString("quota")).isEqualTo("instances");
                }
            }
            assertThat(created).isEqualTo(LIMIT);
            assertThat(owner.get("/api/instances?size=100").json().getInt("total")).isEqualTo(LIMIT);
        } finally {
            Reply list = owner.get("/api/instances?size=100");
            list.json().getJsonArray("items").forEach(i -> owner.delete("/api/instances/"
                    + i.asJsonObject().getJsonNumber("id")));
        }
    }
}
