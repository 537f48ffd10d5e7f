package it.org.clawmanager.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.EmbeddedServer;
import it.org.clawmanager.support.Reply;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * SIGKILL under load loses no audit record of an answered request: a dedicated embedded server (journal draining
 * switched off, so every record still sits in the local journal) is killed with {@code kill -9} while clients are
 * calling it; after a restart every request whose answer was received has its record.
 */
class GatewayCrashIT {

    private static final EmbeddedServer SERVER = new EmbeddedServer(Path.of("target/gateway-crash-it-data"),
            "crash-it-" + Long.toHexString(System.nanoTime()) + "-Pw");

    @AfterAll
    static void stop() throws Exception {
        SERVER.stop();
    }

    @Test
    void killDashNineLosesNoRecordOfAnAnsweredRequest() throws Exception {
        SERVER.startFresh(Map.of("CLAWMANAGER_GATEWAY_JOURNAL_DRAIN_MS", "3600000"));
        Reply k = SERVER.send("POST", "/api/gateway/keys", "{\"name\":\"crash\"}", SERVER.loginAdmin());
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
                        Reply r = SERVER.sendWith("POST", "/v1/chat/completions", Gw.chat("mock-chat", "crash " + thread + "/" + i),
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
        SERVER.kill9();
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        List<String> traces = new ArrayList<>(answered);
        assertThat(traces).hasSizeGreaterThan(50);

        SERVER.start(Map.of());
        String admin = SERVER.loginAdmin();
        List<String> missing = new ArrayList<>();
        for (String trace : traces) {
            if (SERVER.send("GET", "/api/gateway/audit/" + trace, null, admin).status() != 200) {
                missing.add(trace);
            }
        }
        assertThat(missing).as("records lost of %d answered requests", traces.size()).isEmpty();
        Reply analytics = SERVER.send("GET", "/api/gateway/analytics?groupBy=model", null, admin);
        assertThat(analytics.json().getJsonObject("totals").getJsonNumber("requests").longValue())
                .isGreaterThanOrEqualTo(traces.size());
    }
}
