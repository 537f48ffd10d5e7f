package org.clawmanager.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchToolsTest {

    @Test
    void cpuTimeIsReadFromProcStatEvenWithSpacesInTheName() {
        String stat = "4242 (java main (x)) S 1 4242 4242 0 -1 4194560 123 0 0 0 150 25 0 0 20 0 40 0 100 0 0";
        assertThat(CpuMeter.parseStat(stat)).isEqualTo(1.75);
        assertThat(new CpuMeter(List.of(ProcessHandle.current().pid())).cpuSeconds()).isPositive();
    }

    @Test
    void theLoadGeneratorMeasuresTheStubAtAFixedRate(@TempDir Path dir) throws Exception {
        StubUpstream stub = new StubUpstream(0, 0, 5);
        stub.start();
        try {
            Path body = dir.resolve("body.json");
            Files.writeString(body, "{\"model\":\"stub-model\",\"stream\":true,\"messages\":[]}");
            LoadGen.Options o = LoadGen.Options.parse(new String[]{
                "url=http://127.0.0.1:" + stub.port() + "/v1/chat/completions", "mode=rate", "rate=200",
                "seconds=2", "warmup=1", "body=" + body, "pids=" + ProcessHandle.current().pid()});
            LoadGen.Result r = new LoadGen(o).run();
            assertThat(r.errors()).isZero();
            assertThat(r.ok()).isBetween(300L, 420L);
            assertThat(r.ttfb().getTotalCount()).isEqualTo(r.ok());
            assertThat(r.ms(r.ttfb(), 50)).isLessThanOrEqualTo(r.ms(r.latency(), 50));
            assertThat(r.cpuMsPerRequest()).isPositive();
            assertThat(r.json()).contains("\"mode\":\"rate\"");
        } finally {
            stub.stop();
        }
    }

    @Test
    void theReportStatesTheTargetsAsDifferencesAndRatiosOfTheSameRun() {
        String md = GatewayReport.render(List.of(
                "{\"label\":\"direct-rate\",\"mode\":\"rate\",\"rps\":1000.0,\"ok\":20000,\"errors\":0,\"p50\":0.200,"
                        + "\"p90\":0.300,\"p99\":0.500,\"p999\":0.9,\"ttfb_p50\":0.150,\"ttfb_p99\":0.4,\"cpu_ms_per_req\":0.0500}",
                "{\"label\":\"nginx-rate\",\"mode\":\"rate\",\"rps\":1000.0,\"ok\":20000,\"errors\":0,\"p50\":0.3,"
                        + "\"p90\":0.4,\"p99\":0.6,\"p999\":1.0,\"ttfb_p50\":0.2,\"ttfb_p99\":0.5,\"cpu_ms_per_req\":0.0400}",
                "{\"label\":\"gateway-rate\",\"mode\":\"rate\",\"rps\":1000.0,\"ok\":20000,\"errors\":0,\"p50\":0.4,"
                        + "\"p90\":0.6,\"p99\":0.850,\"p999\":1.5,\"ttfb_p50\":0.35,\"ttfb_p99\":0.8,\"cpu_ms_per_req\":0.1000}",
                "not json: ignored"));
        assertThat(md).contains("| gateway-rate | 1000 | 20000 | 0 | 0.400 | 0.850 |")
                .contains("added latency p99 at the fixed rate (gateway - direct): 0.350 ms")
                .contains("CPU per request, gateway / nginx (fixed rate): 2.50 x")
                .doesNotContain("max throughput");
    }
}
