package org.clawmanager.runtimes.control.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.clawmanager.runtimes.boundary.ObservedRuntime.Phase;
import org.clawmanager.runtimes.boundary.RuntimeSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local driver with real child processes: the bundled agent jar started with java -jar (it finds no control
 * plane and keeps retrying, which is all these tests need). A second driver object over the same directory plays
 * the control plane after a restart.
 */
class LocalDriverTest {

    @TempDir
    Path data;

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
    private LocalDriver first;

    private LocalDriver driver() {
        Path jar = Path.of("target/classes/agent/clawmanager-agent.jar");
        LocalSettings settings = new LocalSettings() {
            @Override
            public Path instancesDir() {
                return data.resolve("instances");
            }

            @Override
            AgentLauncher launcher() {
                return new AgentLauncher(this, Optional.of(jar.toAbsolutePath().toString()), Optional.empty(),
                        "-Xmx32m -XX:+UseSerialGC -XX:TieredStopAtLevel=1", "");
            }

            @Override
            public String controlPlaneUrl() {
                return "http://127.0.0.1:9";
            }
        };
        LocalDriver d = new LocalDriver();
        d.settings = settings;
        d.clock = Clock.systemUTC();
        d.scheduler = scheduler;
        return d;
    }

    private static RuntimeSpec spec(long generation, boolean running) {
        return new RuntimeSpec(7, 1, "t", "custom", null, new RuntimeSpec.Resources(1000, 512, 1, 0), Map.of("A", "b"),
                Map.of("CLAWMANAGER_BOOTSTRAP_TOKEN", "cmb_7_secret"), null, generation, running);
    }

    @AfterEach
    void cleanUp() {
        if (first != null) {
            first.delete(7);
        }
        scheduler.shutdownNow();
    }

    @Test
    void startsOnceSurvivesARestartByReadoptionAndStopsAndDeletes() throws Exception {
        assertThat(Files.exists(Path.of("target/classes/agent/clawmanager-agent.jar"))).isTrue();
        first = driver();
        first.apply(spec(1, true));
        long pid = LocalProcess.read(data.resolve("instances/7/agent.pid")).orElseThrow().pid();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
        assertThat(first.observeAll().get(7L).phase()).isEqualTo(Phase.RUNNING);
        first.apply(spec(1, true));
        assertThat(LocalProcess.read(data.resolve("instances/7/agent.pid")).orElseThrow().pid()).isEqualTo(pid);
        String environ = Files.readString(Path.of("/proc/" + pid + "/environ"));
        assertThat(environ).contains("CLAWMANAGER_BOOTSTRAP_TOKEN=cmb_7_secret").contains("A=b");
        assertThat(Files.isDirectory(data.resolve("instances/7/workspace"))).isTrue();

        LocalDriver restarted = driver(); // the control plane came back: same directory, new object
        assertThat(restarted.observeAll().get(7L).phase()).isEqualTo(Phase.RUNNING);
        restarted.apply(spec(1, true));
        assertThat(LocalProcess.read(data.resolve("instances/7/agent.pid")).orElseThrow().pid()).isEqualTo(pid);

        restarted.apply(spec(2, false));
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(restarted.observeAll().get(7L).phase()).isEqualTo(Phase.STOPPED);

        restarted.apply(spec(3, true));
        long pid2 = LocalProcess.read(data.resolve("instances/7/agent.pid")).orElseThrow().pid();
        assertThat(pid2).isNotEqualTo(pid);
        restarted.delete(7);
        assertThat(ProcessHandle.of(pid2).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(data.resolve("instances/7")).doesNotExist();
        assertThat(restarted.observeAll()).doesNotContainKey(7L);
    }

    @Test
    void aCrashedAgentIsRestartedAndAPidOfAStrangerIsNeverAdopted() throws Exception {
        first = driver();
        first.apply(spec(1, true));
        long pid = LocalProcess.read(data.resolve("instances/7/agent.pid")).orElseThrow().pid();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        await().atMost(Duration.ofSeconds(15)).until(() -> LocalProcess.read(data.resolve("instances/7/agent.pid"))
                .map(p -> p.pid() != pid && p.live().isPresent()).orElse(false));
        assertThat(first.observeAll().get(7L).phase()).isEqualTo(Phase.RUNNING);

        // a pid file naming a live process with another start time (a recycled pid) is not ours
        first.delete(7);
        Files.createDirectories(data.resolve("instances/8"));
        new LocalProcess(ProcessHandle.current().pid(), 12345L, 1).write(data.resolve("instances/8/agent.pid"));
        LocalDriver restarted = driver();
        assertThat(restarted.observeAll().get(8L).phase()).isEqualTo(Phase.FAILED);
        assertThat(restarted.observeAll().get(8L).reason()).isEqualTo("ProcessExited");
    }
}
