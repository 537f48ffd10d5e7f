package org.clawmanager.runtimes.control.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clawmanager.runtimes.boundary.RuntimeSpec;

/**
 * Starts the reference agent ({@code java -jar clawmanager-agent.jar}) for one instance: working directory and
 * workspace under the instance's directory, the protocol settings and the platform secrets in its environment
 * (never on the command line, where {@code ps} would show them), output appended to {@code agent.log}.
 */
final class AgentLauncher {

    static final String BUNDLED = "/agent/clawmanager-agent.jar";

    private final LocalSettings settings;
    private final Optional<String> agentJar;
    private final String java;
    private final List<String> jvmOptions;
    private final String runtimeCommand;
    private Path extracted;

    AgentLauncher(LocalSettings settings, Optional<String> agentJar, Optional<String> java, String jvmOptions,
                  String runtimeCommand) {
        this.settings = settings;
        this.agentJar = agentJar;
        this.java = java.orElseGet(() -> ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        this.jvmOptions = Arrays.stream(jvmOptions.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        this.runtimeCommand = runtimeCommand;
    }

    ProcessHandle launch(RuntimeSpec spec) throws IOException {
        Path dir = settings.instanceDir(spec.instanceId());
        Path workspace = dir.resolve("workspace");
        Files.createDirectories(workspace);
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(jar().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("agent.log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("CLAWMANAGER_") || k.startsWith("WLP_") || k.startsWith("JAVA_TOOL"));
        env.putAll(spec.env());
        env.put("CLAWMANAGER_URL", settings.controlPlaneUrl());
        env.put("CLAWMANAGER_INSTANCE_ID", Long.toString(spec.instanceId()));
        env.put("CLAWMANAGER_RUNTIME_TYPE", spec.type());
        env.put("CLAWMANAGER_WORKSPACE", workspace.toString());
        env.put("CLAWMANAGER_GENERATION", Long.toString(spec.generation()));
        // an agent whose control plane stays away exits; a control plane that comes back later restarts it
        env.put("CLAWMANAGER_AGENT_GIVE_UP_AFTER", "PT10M");
        if (!runtimeCommand.isBlank()) {
            env.put("CLAWMANAGER_RUNTIME_COMMAND", runtimeCommand);
        }
        env.putAll(spec.secrets());
        return pb.start().toHandle();
    }

    private synchronized Path jar() throws IOException {
        if (agentJar.isPresent()) {
            return Path.of(agentJar.get());
        }
        if (extracted == null || !Files.exists(extracted)) {
            Path target = settings.instancesDir().resolveSibling("agent").resolve("clawmanager-agent.jar");
            Files.createDirectories(target.getParent());
            try (InputStream in = AgentLauncher.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IOException("the agent jar is not bundled (" + BUNDLED + "); set clawmanager.local.agent-jar");
                }
                Path tmp = Files.createTempFile(target.getParent(), "agent", ".jar");
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            extracted = target;
        }
        return extracted;
    }
}
