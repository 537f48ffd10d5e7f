package org.clawmanager.risk.control;

import java.util.Arrays;
import java.util.List;
import org.clawmanager.risk.boundary.Verdict;

/**
 * Plain microbenchmark (not a test) for docs/benchmarks.md: inspects 4 KB prompts with every built-in rule enabled.
 * Run after {@code ./mvnw -o -q test-compile -pl ejb}:
 * {@code java -cp ejb/target/classes:ejb/target/test-classes org.clawmanager.risk.control.RiskInspectionBenchmark}
 */
public final class RiskInspectionBenchmark {

    private RiskInspectionBenchmark() {
    }

    static final String PROSE = """
            We are planning the migration of the billing service to the new cluster next quarter. The team \
            reviewed the design document and agreed that the queue consumers should be idempotent, that retries \
            use exponential backoff with jitter, and that we keep the old path running for two weeks. Please \
            summarise the trade-offs, list the risks in order of impact and propose a rollout plan with \
            checkpoints. Version 2.4.1 shipped on 2026-03-14 and handled about 1200 requests per second at peak.
            """;

    static final String CODE = """
            public final class RetryPolicy {
                private final Duration base = Duration.ofMillis(200);
                private final int maxAttempts = 5;
                @Override
                public String toString() { return "RetryPolicy{" + base + ", " + maxAttempts + "}"; }
                long delay(int attempt) { return Math.min(30_000, base.toMillis() << attempt); }
            }
            """;

    static String clean() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 4096) {
            b.append(PROSE).append(CODE);
        }
        return b.substring(0, 4096);
    }

    static String withFindings() {
        String hits = " Contact jane.doe@example.com or +44 20 7946 0958, key sk-proj-abcdefghijklmnopqrstuvwxyz0123 "
                + "and the salary sheet for prod-db-01 at 10.1.2.3. ";
        String c = clean();
        return (c.substring(0, 2000) + hits + c.substring(2000)).substring(0, 4096);
    }

    public static void main(String[] args) {
        RuleSet all = DetectorsTest.ALL;
        System.out.printf("rules enabled: %d%n", all.size());
        long t0 = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            new RuleCompiler(RuleCompiler.Limits.DEFAULT)
                    .compile(BuiltInRules.all().stream().map(BuiltInRules.BuiltIn::def).toList(), i);
        }
        System.out.printf("compile all built-ins: %.2f ms%n", (System.nanoTime() - t0) / 100 / 1e6);
        for (String name : List.of("clean", "with-findings")) {
            String text = name.equals("clean") ? clean() : withFindings();
            Verdict v = Inspections.inspect(all, text);
            System.out.printf("%s: %d chars, %d hits, action %s%n", name, text.length(), v.hits().size(), v.action());
            measure(name + " whole", () -> Inspections.inspect(all, text));
            measure(name + " stream 32-char chunks", () -> {
                StreamScanner s = new StreamScanner(all, 2048);
                for (int i = 0; i < text.length(); i += 32) {
                    s.accept(text.substring(i, Math.min(text.length(), i + 32)));
                }
                s.finish();
            });
        }
    }

    private static void measure(String name, Runnable r) {
        for (int i = 0; i < 20_000; i++) {
            r.run();
        }
        int batches = 200;
        int perBatch = 500;
        double[] us = new double[batches];
        for (int b = 0; b < batches; b++) {
            long t = System.nanoTime();
            for (int i = 0; i < perBatch; i++) {
                r.run();
            }
            us[b] = (System.nanoTime() - t) / 1e3 / perBatch;
        }
        Arrays.sort(us);
        double mean = Arrays.stream(us).average().orElse(0);
        System.out.printf("  %-34s mean %7.2f us  median %7.2f us  p99(batch) %7.2f us%n", name, mean, us[batches / 2],
                us[(int) (batches * 0.99)]);
    }
}
