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
}
