package org.clawmanager.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The instance's files as commands see them: skills under {@code skills/<id>/} (a {@code DISABLED} marker turns
 * one off), quarantined skills under {@code quarantine/<id>/}, config revisions under {@code config/}. Every name
 * is checked so a command cannot reach outside the workspace.
 */
public class Workspace {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private final Path root;

    public Workspace(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        Files.createDirectories(this.root.resolve("skills"));
        Files.createDirectories(this.root.resolve("config"));
        Files.createDirectories(this.root.resolve(".agent/commands"));
    }

    public Path root() {
        return root;
    }

    public static String checkId(String id) {
        if (id == null || !ID.matcher(id).matches() || id.contains("..")) {
            throw new IllegalArgumentException("invalid skill id: " + id);
        }
        return id;
    }

    public Path skill(String id) {
        return root.resolve("skills").resolve(checkId(id));
    }

    public void installSkill(String id, String version, String content) throws IOException {
        Path dir = skill(id);
        Files.createDirectories(dir);
        write(dir.resolve("SKILL.md"), content == null ? "# " + id + "\n" : content);
        write(dir.resolve("VERSION"), version == null ? "0" : version);
        Files.deleteIfExists(dir.resolve("DISABLED"));
    }

    public boolean removeSkill(String id) throws IOException {
        return deleteTree(skill(id));
    }

    public boolean disableSkill(String id) throws IOException {
        Path dir = skill(id);
        if (!Files.isDirectory(dir)) {
            return false;
        }
        write(dir.resolve("DISABLED"), "disabled\n");
        return true;
    }

    public boolean quarantineSkill(String id) throws IOException {
        Path dir = skill(id);
        if (!Files.isDirectory(dir)) {
            return false;
        }
        Path target = root.resolve("quarantine").resolve(checkId(id));
        Files.createDirectories(target.getParent());
        deleteTree(target);
        Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    public record Skill(String id, String version, boolean enabled, long bytes) {
    }

    public List<Skill> skills() throws IOException {
        List<Skill> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root.resolve("skills"))) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path v = d.resolve("VERSION");
                out.add(new Skill(d.getFileName().toString(), Files.exists(v) ? Files.readString(v).trim() : null,
                        !Files.exists(d.resolve("DISABLED")), size(d)));
            }
        }
        return out;
    }

    public void writeConfig(long revision, String content) throws IOException {
        write(root.resolve("config").resolve("revision-" + revision + ".json"), content);
        write(root.resolve("config").resolve("current"), Long.toString(revision));
    }

    public long currentConfig() {
        try {
            return Long.parseLong(Files.readString(root.resolve("config").resolve("current")).trim());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    public Path commandRecord(long commandId) {
        return root.resolve(".agent/commands").resolve(commandId + ".json");
    }

    public static void write(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static boolean deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        return true;
    }
}
