package org.clawmanager.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the LoadGen results of one gateway benchmark run ({@code results.jsonl}) into a Markdown table and the
 * ratios the targets are stated in: added p99 latency at a fixed rate, maximum throughput relative to the stub,
 * streaming time-to-first-byte overhead and CPU time per request relative to nginx.
 */
public final class GatewayReport {

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"[^\"]*\"|[-0-9.NaE]+)");

    record Row(String label, double rps, long ok, long errors, double p50, double p99, double ttfbP50, double ttfbP99,
               double cpuMs) {
    }

    public static void main(String[] args) throws IOException {
        System.out.print(render(Files.readAllLines(Path.of(args[0]))));
    }

    static String render(List<String> lines) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith("{")) {
                Row r = parse(line);
                rows.put(r.label(), r);
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("| run | req/s | ok | errors | p50 ms | p99 ms | TTFB p50 ms | TTFB p99 ms | CPU ms/req |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows.values()) {
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %d | %d | %.3f | %.3f | %.3f | %.3f | %.4f |%n",
                    r.label(), r.rps(), r.ok(), r.errors(), r.p50(), r.p99(), r.ttfbP50(), r.ttfbP99(), r.cpuMs()));
        }
        md.append('\n');
        for (String gw : new String[]{"gateway", "dataplane"}) {
            String via = gw.equals("gateway") ? "the gateway (Liberty's HTTP port)" : "the gateway's data-plane port";
            md.append("\nThrough ").append(via).append(":\n");
            ratio(md, rows, "added latency p99 at the fixed rate (" + gw + " - direct)", gw + "-rate", "direct-rate",
                    (g, d) -> g.p99() - d.p99(), "%.3f ms (target <= 0.5 ms)");
            ratio(md, rows, "max throughput through " + gw + " / direct", gw + "-max", "direct-max",
                    (g, d) -> 100 * g.rps() / d.rps(), "%.1f %% (target >= 40 %%)");
            ratio(md, rows, "streaming TTFB overhead p50 at the fixed rate (" + gw + " - direct)", gw + "-stream-rate",
                    "direct-stream-rate", (g, d) -> g.ttfbP50() - d.ttfbP50(), "%.3f ms (target <= 1 ms)");
            ratio(md, rows, "streaming TTFB overhead p99 at the fixed rate (" + gw + " - direct)", gw + "-stream-rate",
                    "direct-stream-rate", (g, d) -> g.ttfbP99() - d.ttfbP99(), "%.3f ms");
            ratio(md, rows, "CPU per request, " + gw + " / nginx (fixed rate)", gw + "-rate", "nginx-rate",
                    (g, n) -> g.cpuMs() / n.cpuMs(), "%.2f x (target <= 3 x)");
            ratio(md, rows, "CPU per request, " + gw + " / nginx (max)", gw + "-max", "nginx-max",
                    (g, n) -> g.cpuMs() / n.cpuMs(), "%.2f x");
            ratio(md, rows, "CPU per streamed request, " + gw + " / nginx (fixed rate)", gw + "-stream-rate",
                    "nginx-stream-rate", (g, n) -> g.cpuMs() / n.cpuMs(), "%.2f x");
        }
        return md.toString();
    }

    interface Measure {
        double of(Row subject, Row baseline);
    }

    private static void ratio(StringBuilder md, Map<String, Row> rows, String what, String subject, String baseline,
                              Measure measure, String format) {
        Row s = rows.get(subject);
        Row b = rows.get(baseline);
        if (s != null && b != null) {
            md.append("- ").append(what).append(": ")
                    .append(String.format(Locale.ROOT, format, measure.of(s, b))).append('\n');
        }
    }

    static Row parse(String json) {
        Map<String, String> f = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            f.put(m.group(1), m.group(2).replace("\"", ""));
        }
        return new Row(f.get("label"), d(f, "rps"), (long) d(f, "ok"), (long) d(f, "errors"), d(f, "p50"), d(f, "p99"),
                d(f, "ttfb_p50"), d(f, "ttfb_p99"), d(f, "cpu_ms_per_req"));
    }

    private static double d(Map<String, String> f, String key) {
        String v = f.get(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }
}
