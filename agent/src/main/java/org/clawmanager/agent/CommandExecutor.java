package org.clawmanager.agent;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Executes the 17 command types on the workspace. Delivery is at-least-once, so the outcome of every command is
 * recorded under its id before it is reported: a redelivered command answers the recorded outcome instead of
 * running twice.
 */
public class CommandExecutor {

    /** What a command produced: success with a result, or failure with an error. */
    public record Outcome(boolean succeeded, JsonValue result, String error) {
        JsonObject toJson() {
            var b = Json.createObjectBuilder().add("succeeded", succeeded);
            if (result != null) {
                b.add("result", result);
            }
            if (error != null) {
                b.add("error", error);
            }
            return b.build();
        }

        static Outcome fromJson(JsonObject o) {
            return new Outcome(o.getBoolean("succeeded"), o.get("result"), o.getString("error", null));
        }
    }

    private final Workspace workspace;
    private final RuntimeProcess runtime;

    public CommandExecutor(Workspace workspace, RuntimeProcess runtime) {
        this.workspace = workspace;
        this.runtime = runtime;
    }

    public Outcome execute(long id, String type, JsonObject payload) {
        Path record = workspace.commandRecord(id);
        if (Files.exists(record)) {
            try (JsonReader r = Json.createReader(new StringReader(Files.readString(record)))) {
                return Outcome.fromJson(r.readObject());
            } catch (IOException | RuntimeException corrupt) {
                // fall through and run again
            }
        }
        Outcome outcome;
        try {
            outcome = new Outcome(true, run(type, payload == null ? JsonValue.EMPTY_JSON_OBJECT : payload), null);
        } catch (IllegalArgumentException | IOException | IllegalStateException e) {
            outcome = new Outcome(false, null, e.getMessage() == null ? e.toString() : e.getMessage());
        }
        try {
            Workspace.write(record, outcome.toJson().toString());
        } catch (IOException e) {
            // the outcome is still reported; only the redelivery shortcut is lost
        }
        return outcome;
    }

    private JsonValue run(String type, JsonObject p) throws IOException {
        return switch (type) {
            case "start_runtime" -> { runtime.start(); yield status(); }
            case "stop_runtime" -> { runtime.stop(); yield status(); }
            case "restart_runtime" -> { runtime.restart(); yield status(); }
            case "collect_system_info" -> SystemInfo.collect(workspace.root());
            case "health_check" -> health();
            case "apply_config_revision" -> {
                long revision = p.getJsonNumber("revision") == null ? workspace.currentConfig() + 1
                        : p.getJsonNumber("revision").longValue();
                JsonValue content = p.containsKey("content") ? p.get("content") : JsonValue.EMPTY_JSON_OBJECT;
                workspace.writeConfig(revision, content.toString());
                yield Json.createObjectBuilder().add("revision", revision).build();
            }
            case "reload_config" -> Json.createObjectBuilder().add("revision", workspace.currentConfig()).build();
            case "install_skill", "update_skill" -> {
                String skill = skillId(p);
                workspace.installSkill(skill, p.getString("version", null), p.getString("content", null));
                yield Json.createObjectBuilder().add("skill", skill).add("installed", true).build();
            }
            case "uninstall_skill", "remove_skill" -> Json.createObjectBuilder()
                    .add("removed", workspace.removeSkill(skillId(p))).build();
            case "disable_skill" -> Json.createObjectBuilder().add("disabled", workspace.disableSkill(skillId(p))).build();
            case "quarantine_skill" -> Json.createObjectBuilder()
                    .add("quarantined", workspace.quarantineSkill(skillId(p))).build();
            case "handle_skill_risk" -> {
                String action = p.getString("action", "quarantine");
                boolean done = switch (action) {
                    case "quarantine" -> workspace.quarantineSkill(skillId(p));
                    case "disable" -> workspace.disableSkill(skillId(p));
                    case "remove" -> workspace.removeSkill(skillId(p));
                    case "allow" -> true;
                    default -> throw new IllegalArgumentException("unknown risk action " + action);
                };
                yield Json.createObjectBuilder().add("action", action).add("applied", done).build();
            }
            case "sync_skill_inventory", "refresh_skill_inventory" -> inventory();
            case "collect_skill_package" -> skillPackage(skillId(p));
            default -> throw new IllegalArgumentException("unsupported command type " + type);
        };
    }

    private static String skillId(JsonObject p) {
        return Workspace.checkId(p.getString("skillId", p.getString("skill", null)));
    }

    private JsonObject status() {
        var b = Json.createObjectBuilder().add("runtimeStatus", runtime.status());
        Long pid = runtime.pid();
        if (pid != null) {
            b.add("pid", pid);
        }
        return b.build();
    }

    public JsonObject health() {
        boolean writable = Files.isWritable(workspace.root());
        String rt = runtime.status();
        return Json.createObjectBuilder().add("healthy", writable && "running".equals(rt))
                .add("checks", Json.createObjectBuilder().add("workspaceWritable", writable).add("runtime", rt))
                .build();
    }

    public JsonObject inventory() throws IOException {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Workspace.Skill s : workspace.skills()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("id", s.id()).add("enabled", s.enabled())
                    .add("bytes", s.bytes());
            if (s.version() != null) {
                o.add("version", s.version());
            }
            a.add(o);
        }
        return Json.createObjectBuilder().add("mode", "full").add("skills", a).build();
    }

    private JsonObject skillPackage(String id) throws IOException {
        Path dir = workspace.skill(id);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no skill " + id);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(dir.relativize(f).toString()));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        if (bytes.size() > 128 * 1024) {
            throw new IllegalStateException("skill package over 128 KiB; upload not supported in protocol v1");
        }
        return Json.createObjectBuilder().add("skill", id).add("format", "zip")
                .add("base64", Base64.getEncoder().encodeToString(bytes.toByteArray())).build();
    }
}
