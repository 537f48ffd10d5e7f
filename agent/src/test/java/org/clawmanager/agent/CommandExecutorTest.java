package org.clawmanager.agent;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandExecutorTest {

    @TempDir
    Path dir;

    Workspace workspace;
    CommandExecutor executor;

    @BeforeEach
    void setUp() throws Exception {
        workspace = new Workspace(dir);
        executor = new CommandExecutor(workspace, new RuntimeProcess("", dir));
    }

    private static JsonObject skill(String id) {
        return Json.createObjectBuilder().add("skillId", id).add("version", "1.2").add("content", "# hello").build();
    }

    @Test
    void skillLifecycleOnTheWorkspace() throws Exception {
        assertThat(executor.execute(1, "install_skill", skill("web-search")).succeeded()).isTrue();
        assertThat(Files.readString(dir.resolve("skills/web-search/SKILL.md"))).isEqualTo("# hello");
        var inv = executor.execute(2, "sync_skill_inventory", null);
        assertThat(inv.result().asJsonObject().getJsonArray("skills").getJsonObject(0).getString("version"))
                .isEqualTo("1.2");
        assertThat(executor.execute(3, "disable_skill", skill("web-search")).succeeded()).isTrue();
        assertThat(dir.resolve("skills/web-search/DISABLED")).exists();
        var pkg = executor.execute(4, "collect_skill_package", skill("web-search"));
        assertThat(pkg.result().asJsonObject().getString("base64")).isNotEmpty();
        assertThat(executor.execute(5, "quarantine_skill", skill("web-search")).succeeded()).isTrue();
        assertThat(dir.resolve("quarantine/web-search/SKILL.md")).exists();
        assertThat(dir.resolve("skills/web-search")).doesNotExist();
    }

    @Test
    void aRedeliveredCommandAnswersTheRecordedOutcomeWithoutRunningAgain() throws Exception {
        executor.execute(10, "install_skill", skill("a"));
        Files.writeString(dir.resolve("skills/a/SKILL.md"), "changed later");
        var again = executor.execute(10, "install_skill", skill("a"));
        assertThat(again.succeeded()).isTrue();
        assertThat(Files.readString(dir.resolve("skills/a/SKILL.md"))).isEqualTo("changed later");
    }

    @Test
    void pathTraversalAndUnknownTypesFail() {
        var bad = executor.execute(20, "install_skill", Json.createObjectBuilder().add("skillId", "../../etc").build());
        assertThat(bad.succeeded()).isFalse();
        assertThat(bad.error()).contains("invalid skill id");
        assertThat(executor.execute(21, "format_disk", null).succeeded()).isFalse();
    }

    @Test
    void configRevisionsHealthAndSystemInfo() {
        var applied = executor.execute(30, "apply_config_revision", Json.createObjectBuilder().add("revision", 7)
                .add("content", Json.createObjectBuilder().add("model", "gpt")).build());
        assertThat(applied.succeeded()).isTrue();
        assertThat(workspace.currentConfig()).isEqualTo(7);
        assertThat(executor.execute(31, "reload_config", null).result().asJsonObject().getInt("revision")).isEqualTo(7);
        var health = executor.execute(32, "health_check", null);
        assertThat(health.result().asJsonObject().getBoolean("healthy")).isTrue();
        var info = executor.execute(33, "collect_system_info", null);
        assertThat(info.result().asJsonObject().getInt("cpus")).isPositive();
    }

    @Test
    void runtimeCommandsSuperviseTheConfiguredProcess() throws Exception {
        RuntimeProcess rt = new RuntimeProcess("sleep 30", dir);
        CommandExecutor ex = new CommandExecutor(workspace, rt);
        assertThat(ex.execute(40, "start_runtime", null).result().asJsonObject().getString("runtimeStatus"))
                .isEqualTo("running");
        assertThat(ex.execute(41, "stop_runtime", null).result().asJsonObject().getString("runtimeStatus"))
                .isEqualTo("stopped");
        assertThat(ex.execute(42, "restart_runtime", null).result().asJsonObject().getString("runtimeStatus"))
                .isEqualTo("running");
        rt.stop();
    }
}
