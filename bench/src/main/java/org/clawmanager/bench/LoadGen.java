package org.clawmanager.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Recorder;

/**
 * HTTP load generator for the gateway benchmarks. Two modes:
 * <ul>
 *   <li>{@code rate}: open loop at a fixed request rate; each latency is measured from the moment the request was
 *       <em>scheduled</em>, so a stalled server cannot hide its stall (no coordinated omission);</li>
 *   <li>{@code max}: closed loop with N concurrent callers, for maximum throughput.</li>
 * </ul>
 * For streaming requests it records the time to the first body byte (TTFB) as well as the full response time.
 *
 * <p>Arguments ({@code key=value}): {@code url}, {@code mode=rate|max}, {@code rate} (req/s), {@code concurrency},
 * {@code seconds}, {@code warmup} (seconds), {@code body} (file), {@code key} (bearer), {@code pids} (comma list of
 * processes whose CPU time per request to report), {@code label}.
 */
public final class LoadGen {

    private final Options o;
    private final HttpClient client;
    private final Recorder latency = new Recorder(3);
    private final Recorder ttfb = new Recorder(3);
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    /** The first failure of the measured window, printed so an error count can be explained. */
    private final java.util.concurrent.atomic.AtomicReference<String> firstError =
            new java.util.concurrent.atomic.AtomicReference<>();
    private volatile boolean recording;
    /** only requests scheduled (rate) or started (max) after the warm-up count, however late they complete */
    private volatile long recordFrom = Long.MAX_VALUE;

    LoadGen(Options o) {
        this.o = o;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        LoadGen gen = new LoadGen(o);
        Result r = gen.run();
        System.out.println(r.human());
        if (gen.firstError.get() != null) {
            System.out.println("first error: " + gen.firstError.get());
        }
        System.out.println(r.json());
    }

    Result run() throws Exception {
        HttpRequest request = request();
        CpuMeter cpu = new CpuMeter(o.pids());
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(o.warmup());
            long end = warmupEnd + TimeUnit.SECONDS.toNanos(o.seconds());
            recordFrom = warmupEnd;
            double cpuStart = Double.NaN;
            if ("max".equals(o.mode())) {
                for (int i = 0; i < o.concurrency(); i++) {
                    callers.submit(() -> {
                        while (System.nanoTime() < end) {
                            call(request, System.nanoTime());
                        }
                    });
                }
                waitUntil(warmupEnd);
            } else {
                long interval = TimeUnit.SECONDS.toNanos(1) / o.rate();
                long next = System.nanoTime();
                while (next < end) {
                    if (Double.isNaN(cpuStart) && next >= warmupEnd) {
                        cpuStart = startRecording(cpu);
                    }
                    waitUntil(next);
                    long scheduled = next;
                    callers.submit(() -> call(request, scheduled));
                    next += interval;
                }
            }
            if (Double.isNaN(cpuStart)) {
                cpuStart = startRecording(cpu);
            }
            waitUntil(end);
            recording = false;
            double cpuUsed = o.pids().isEmpty() ? 0 : cpu.cpuSeconds() - cpuStart;
            return new Result(o, latency.getIntervalHistogram(), ttfb.getIntervalHistogram(), ok.get(), errors.get(), cpuUsed);
        }
    }

    private double startRecording(CpuMeter cpu) {
        latency.reset();
        ttfb.reset();
        ok.set(0);
        errors.set(0);
        recording = true;
        return o.pids().isEmpty() ? 0 : cpu.cpuSeconds();
    }

    private void call(HttpRequest request, long scheduledNanos) {
        try {
            HttpResponse<InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            long firstByte;
            try (InputStream in = r.body()) {
                int b = in.read();
                firstByte = System.nanoTime();
                if (b >= 0) {
                    in.transferTo(OutputSink.INSTANCE);
                }
            }
            long done = System.nanoTime();
            if (recording && scheduledNanos >= recordFrom) {
                latency.recordValue(Math.max(1, (done - scheduledNanos) / 1000));
                ttfb.recordValue(Math.max(1, (firstByte - scheduledNanos) / 1000));
                (r.statusCode() == 200 ? ok : errors).incrementAndGet();
                if (r.statusCode() != 200) {
                    firstError.compareAndSet(null, "HTTP " + r.statusCode());
                }
            }
        } catch (Exception e) {
            if (recording && scheduledNanos >= recordFrom) {
                errors.incrementAndGet();
                firstError.compareAndSet(null, e.toString());
            }
        }
    }

    private HttpRequest request() throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(o.url())).timeout(Duration.ofSeconds(30));
        if (o.key() != null) {
            b.header("Authorization", "Bearer " + o.key());
        }
        if (o.body() != null) {
            b.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(Path.of(o.body()))));
        }
        return b.build();
    }

    private static void waitUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(Math.min(left, 1_000_000));
        }
    }

    /** Discards response bytes without allocating. */
    static final class OutputSink extends java.io.OutputStream {
        static final OutputSink INSTANCE = new OutputSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }

    record Options(String url, String mode, int rate, int concurrency, int seconds, int warmup, String body, String key,
                   List<Long> pids, String label) {
        static Options parse(String[] args) {
            java.util.Map<String, String> m = new java.util.HashMap<>();
            for (String a : args) {
                int eq = a.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("arguments are key=value: " + a);
                }
                m.put(a.substring(0, eq), a.substring(eq + 1));
            }
            List<Long> pids = new ArrayList<>();
            for (String p : m.getOrDefault("pids", "").split(",")) {
                if (!p.isBlank()) {
                    pids.add(Long.parseLong(p.trim()));
                }
            }
            return new Options(m.get("url"), m.getOrDefault("mode", "rate"), Integer.parseInt(m.getOrDefault("rate", "1000")),
                    Integer.parseInt(m.getOrDefault("concurrency", "32")), Integer.parseInt(m.getOrDefault("seconds", "20")),
                    Integer.parseInt(m.getOrDefault("warmup", "5")), m.get("body"), m.get("key"), pids,
                    m.getOrDefault("label", m.get("url")));
        }
    }

    record Result(Options o, org.HdrHistogram.Histogram latency, org.HdrHistogram.Histogram ttfb, long ok, long errors,
                  double cpuSeconds) {
        double rps() {
            return (ok + errors) / (double) o.seconds();
        }

        double ms(org.HdrHistogram.Histogram h, double percentile) {
            return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
        }

        double cpuMsPerRequest() {
            return ok + errors == 0 ? Double.NaN : cpuSeconds * 1000 / (ok + errors);
        }

        String human() {
            return String.format(Locale.ROOT, "%-28s %7.0f req/s  ok %d  err %d  latency p50 %.3f p90 %.3f p99 %.3f "
                            + "max %.3f ms  ttfb p50 %.3f p99 %.3f ms  cpu %.4f ms/req", o.label(), rps(), ok, errors,
                    ms(latency, 50), ms(latency, 90), ms(latency, 99), latency.getMaxValue() / 1000.0, ms(ttfb, 50),
                    ms(ttfb, 99), cpuMsPerRequest());
        }

        String json() {
            return String.format(Locale.ROOT, "{\"label\":\"%s\",\"mode\":\"%s\",\"rps\":%.1f,\"ok\":%d,\"errors\":%d,"
                            + "\"p50\":%.3f,\"p90\":%.3f,\"p99\":%.3f,\"p999\":%.3f,\"ttfb_p50\":%.3f,\"ttfb_p99\":%.3f,"
                            + "\"cpu_ms_per_req\":%.4f}", o.label(), o.mode(), rps(), ok, errors, ms(latency, 50),
                    ms(latency, 90), ms(latency, 99), ms(latency, 99.9), ms(ttfb, 50), ms(ttfb, 99), cpuMsPerRequest());
        }
    }
}
