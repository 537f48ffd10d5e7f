package org.clawmanager.bench;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** The heartbeat phase of {@link AgentSim}: rate, latency and the server's CPU per beat. */
final class HeartbeatLoad {

    private final SimClient client;
    private final SimOptions o;

    HeartbeatLoad(SimClient client, SimOptions o) {
        this.client = client;
        this.o = o;
    }

    /**
     * Open loop with bounded concurrency: {@code concurrency} senders (one keep-alive connection each) take the next
     * scheduled slot, wait for its time and send; latency counts from the slot's scheduled time, so a slow server
     * cannot hide behind the senders (no coordinated omission) while the connection count stays fixed.
     */
    void run(List<String> tokens) throws Exception {
        int rate = o.num("rate", 5000);
        int seconds = o.num("seconds", 30);
        int warmup = o.num("warmup", 10);
        int concurrency = o.num("concurrency", 64);
        Recorder rec = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong slots = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>();
        double interval = TimeUnit.SECONDS.toNanos(1) / (double) rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        long warmEnd = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = warmEnd + TimeUnit.SECONDS.toNanos(seconds);
        CpuMeter server = o.has("serverPid") ? new CpuMeter(List.of(Long.parseLong(o.get("serverPid")))) : null;
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
                            HttpResponse<String> r = client.agentCall("POST", "heartbeat", token, "{\"runtimeStatus\":\"running\"}");
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
}
