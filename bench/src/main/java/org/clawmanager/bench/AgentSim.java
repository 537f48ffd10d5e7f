package org.clawmanager.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Agent fleet simulator for the control-plane benchmark (docs/benchmarks.md). Against a server running with
 * {@code clawmanager.runtime.driver=external} it creates N instances, reads their bootstrap tokens from
 * {@code <data>/external/<id>.env}, registers N simulated agents, then measures
 * <ol>
 *   <li>heartbeats: open loop at {@code rate}/s spread over all agents, latency from the scheduled send time;</li>
 *   <li>command delivery: every agent keeps a long poll open; commands are issued through the management API at
 *       {@code cmdRate}/s and the latency is from just before the POST to the moment the agent's poll returns it.</li>
 * </ol>
 * Arguments ({@code key=value}): url, data (server data dir), password (admin), agents, rate, seconds, warmup,
 * cmdRate, cmdSeconds, serverPid (optional: report the server's CPU per heartbeat from /proc).
 */
public final class AgentSim {

    private final Map<String, String> o;
    private final String url;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(10)).build();
    private String admin;

    private AgentSim(Map<String, String> o) {
        this.o = o;
        this.url = o.getOrDefault("url", "http://127.0.0.1:9083");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            o.put(a.substring(0, eq), a.substring(eq + 1));
        }
        new AgentSim(o).run();
        System.exit(0);
    }

    private int num(String key, int def) {
        return Integer.parseInt(o.getOrDefault(key, Integer.toString(def)));
    }

    private void run() throws Exception {
        int agents = num("agents", 1000);
        admin = extract(send("POST", "/api/auth/login", null, "{\"username\":\"admin\",\"password\":\""
                + o.get("password") + "\"}").body(), "accessToken");
        long me = Long.parseLong(extract(send("GET", "/api/users/me", admin, null).body(), "id"));
        send("PUT", "/api/users/" + me + "/quota", admin, "{\"maxInstances\":10000,\"maxCpuCores\":10000,"
                + "\"maxMemoryGiB\":1000000,\"maxStorageGiB\":1000000,\"maxGpus\":0}");
        String prefix = "sim" + Long.toString(System.currentTimeMillis() % 100000, 36);
        List<Long> ids = new ArrayList<>();
        for (int start = 0; start < agents; start += 20) {
            int count = Math.min(20, agents - start);
            HttpResponse<String> r = send("POST", "/api/instances/batch", admin, "{\"namePrefix\":\"" + prefix
                    + "\",\"count\":" + count + ",\"startIndex\":" + start + ",\"template\":{\"type\":\"custom\"}}");
            if (r.statusCode() != 201) {
                throw new IllegalStateException("batch create failed: " + r.body());
            }
            ids.addAll(idsOf(r.body()));
        }
        System.out.printf("created %d instances%n", ids.size());
        Path dir = Path.of(o.get("data"), "external");
        Map<Long, String> sessions = new ConcurrentHashMap<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long id : ids) {
                pool.submit(() -> {
                    String token = awaitToken(dir.resolve(id + ".env"));
                    HttpResponse<String> r = agentCall("POST", "register", token, "{\"instanceId\":" + id
                            + ",\"protocolVersion\":\"v1\",\"agentVersion\":\"sim\"}");
                    sessions.put(id, extract(r.body(), "sessionToken"));
                    return null;
                });
            }
        }
        System.out.printf("registered %d agents%n", sessions.size());
        heartbeats(new ArrayList<>(sessions.values()));
        commands(sessions);
        for (int i = 0; i < ids.size(); i += 100) {
            String list = ids.subList(i, Math.min(ids.size(), i + 100)).toString().replace(" ", "");
            send("POST", "/api/instances/batch-delete", admin, "{\"ids\":" + list + "}");
        }
    }

    /**
     * Open loop with bounded concurrency: {@code concurrency} senders (one keep-alive connection each) take the next
     * scheduled slot, wait for its time and send; latency counts from the slot's scheduled time, so a slow server
     * cannot hide behind the senders (no coordinated omission) while the connection count stays fixed.
     */
    private void heartbeats(List<String> tokens) throws Exception {
        int rate = num("rate", 5000);
        int seconds = num("seconds", 30);
        int warmup = num("warmup", 10);
        int concurrency = num("concurrency", 64);
        Recorder rec = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong slots = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>();
        double interval = TimeUnit.SECONDS.toNanos(1) / (double) rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        long warmEnd = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = warmEnd + TimeUnit.SECONDS.toNanos(seconds);
        CpuMeter server = o.containsKey("serverPid") ? new CpuMeter(List.of(Long.parseLong(o.get("serverPid")))) : null;
        CpuMeter self = new CpuMeter(List.of(ProcessHandle.current().pid()));
        double[] cpuAtWarmEnd = new double[2];
        Thread.ofVirtual().start(() -> { // CPU counters at the end of the warm-up, so they cover the measured window
            LockSupport.parkNanos(Math.max(0, warmEnd - System.nanoTime()));
            cpuAtWarmEnd[0] = server == null ? 0 : server.cpuSeconds();
            cpuAtWarmEnd[1] = self.cpuSeconds();
        });
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < concurrency; w++) {
                pool.submit(() -> {
                    for (;;) {
                        long slot = slots.getAndIncrement();
                        long scheduled = start + (long) (slot * interval);
                        if (scheduled >= end) {
                            return null;
                        }
                        long wait = scheduled - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        String token = tokens.get((int) (slot % tokens.size()));
                        boolean measured = scheduled >= warmEnd;
                        try {
                            HttpResponse<String> r = agentCall("POST", "heartbeat", token, "{\"runtimeStatus\":\"running\"}");
                            if (r.statusCode() == 200) {
                                if (measured) {
                                    ok.incrementAndGet();
                                    rec.recordValue(Math.max(1, (System.nanoTime() - scheduled) / 1000));
                                }
                            } else if (measured) {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, r.statusCode() + " " + r.body());
                            }
                        } catch (Exception e) {
                            if (measured) {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, e.toString());
                            }
                        }
                    }
                });
            }
        }
        Histogram h = rec.getIntervalHistogram();
        double elapsed = (System.nanoTime() - warmEnd) / 1e9;
        System.out.printf(Locale.ROOT, "heartbeats: target %d/s for %d s, %d agents, %d connections: %.0f ok/s "
                        + "(%d in %.1f s), errors %d, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n",
                rate, seconds, tokens.size(), concurrency, ok.get() / elapsed, ok.get(), elapsed, errors.get(),
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getValueAtPercentile(99.9) / 1000.0, h.getMaxValue() / 1000.0);
        if (firstError.get() != null) {
            System.out.println("first error: " + firstError.get());
        }
        double generator = self.cpuSeconds() - cpuAtWarmEnd[1];
        System.out.printf(Locale.ROOT, "generator CPU: %.2f cores%n", generator / elapsed);
        if (server != null && ok.get() > 0) {
            double used = server.cpuSeconds() - cpuAtWarmEnd[0];
            System.out.printf(Locale.ROOT, "server CPU: %.2f cores, %.3f ms per heartbeat%n", used / elapsed,
                    used * 1000 / ok.get());
        }
    }

    private void commands(Map<Long, String> sessions) throws Exception {
        int rate = num("cmdRate", 20);
        int seconds = num("cmdSeconds", 30);
        Map<Long, Long> issuedAt = new ConcurrentHashMap<>();
        Recorder rec = new Recorder(3);
        AtomicLong delivered = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        try (ExecutorService pollers = Executors.newVirtualThreadPerTaskExecutor()) {
            sessions.forEach((id, token) -> pollers.submit(() -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<String> r = agentCall("GET", "commands/next?wait=20", token, null);
                        if (r.statusCode() == 200) {
                            long now = System.nanoTime();
                            long cid = Long.parseLong(extract(r.body(), "id"));
                            Long t0 = issuedAt.remove(cid);
                            if (t0 == null) {
                                Thread.sleep(5); // the POST answer may not be recorded yet
                                t0 = issuedAt.remove(cid);
                            }
                            if (t0 != null) {
                                rec.recordValue(Math.max(1, (now - t0) / 1000));
                                delivered.incrementAndGet();
                            }
                            agentCall("POST", "commands/" + cid + "/start", token, "{}");
                            agentCall("POST", "commands/" + cid + "/finish", token, "{\"status\":\"succeeded\"}");
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
                HttpResponse<String> r = send("POST", "/api/instances/" + id + "/commands", admin,
                        "{\"type\":\"health_check\"}");
                if (r.statusCode() == 202) {
                    issuedAt.put(Long.parseLong(extract(r.body(), "id")), t0);
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

    private static List<Long> idsOf(String json) {
        // top-level objects of the array: every instance starts with "agentStatus" then has "id" before "image"
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"driver\":\"[a-z]+\",\"env\":\\{[^}]*\\},\"gpus\":\\d+,\"id\":(\\d+)").matcher(json);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static String awaitToken(Path env) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (Files.exists(env)) {
                for (String line : Files.readAllLines(env)) {
                    if (line.startsWith("CLAWMANAGER_BOOTSTRAP_TOKEN=")) {
                        return line.substring(line.indexOf('=') + 1);
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no bootstrap token in " + env);
    }

    private HttpResponse<String> agentCall(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + "/api/agent/v1/" + path))
                .timeout(Duration.ofSeconds(60)).header("X-Agent-Token", token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String extract(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + key + " in " + json);
        }
        return m.group(1);
    }
}
