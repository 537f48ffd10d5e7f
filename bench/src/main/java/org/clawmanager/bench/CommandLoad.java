package org.clawmanager.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The command phase of {@link AgentSim}: every agent keeps a long poll open; commands are issued through the
 * management API at {@code cmdRate}/s, latency from just before the POST to the moment the agent's poll returns it.
 */
final class CommandLoad {

    private final SimClient client;
    private final SimOptions o;

    CommandLoad(SimClient client, SimOptions o) {
        this.client = client;
        this.o = o;
    }

    void run(Map<Long, String> sessions) throws Exception {
        int rate = o.num("cmdRate", 20);
        int seconds = o.num("cmdSeconds", 30);
        Map<Long, Long> issuedAt = new ConcurrentHashMap<>();
        Recorder rec = new Recorder(3);
        AtomicLong delivered = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        try (ExecutorService pollers = Executors.newVirtualThreadPerTaskExecutor()) {
            sessions.forEach((id, token) -> pollers.submit(() -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<String> r = client.agentCall("GET", "commands/next?wait=20", token, null);
                        if (r.statusCode() == 200) {
                            long now = System.nanoTime();
                            long cid = Long.parseLong(SimClient.extract(r.body(), "id"));
                            Long t0 = issuedAt.remove(cid);
                            if (t0 == null) {
                                Thread.sleep(5); // the POST answer may not be recorded yet
                                t0 = issuedAt.remove(cid);
                            }
                            if (t0 != null) {
                                rec.recordValue(Math.max(1, (now - t0) / 1000));
                                delivered.incrementAndGet();
                            }
                            client.agentCall("POST", "commands/" + cid + "/start", token, "{}");
                            client.agentCall("POST", "commands/" + cid + "/finish", token, "{\"status\":\"succeeded\"}");
                        }
                    } catch (Exception e) {
                        Thread.sleep(100);
                    }
                }
                return null;
            }));
            Thread.sleep(3000); // every poll open
            List<Long> ids = new ArrayList<>(sessions.keySet());
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            long next = System.nanoTime();
            int i = 0;
            int issued = 0;
            while (next < end) {
                LockSupport.parkNanos(Math.max(0, next - System.nanoTime()));
                long id = ids.get(i++ % ids.size());
                long t0 = System.nanoTime();
                HttpResponse<String> r = client.send("POST", "/api/instances/" + id + "/commands", client.admin(),
                        "{\"type\":\"health_check\"}");
                if (r.statusCode() == 202) {
                    issuedAt.put(Long.parseLong(SimClient.extract(r.body(), "id")), t0);
                    issued++;
                }
                next += interval;
            }
            Thread.sleep(3000);
            stop.set(true);
            Histogram h = rec.getIntervalHistogram();
            System.out.printf(Locale.ROOT, "command delivery with %d agents polling: issued %d, delivered %d, "
                            + "p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", sessions.size(), issued, delivered.get(),
                    h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
            pollers.shutdownNow();
        }
    }
}
