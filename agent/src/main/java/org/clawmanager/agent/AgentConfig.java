package org.clawmanager.agent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The agent's settings, from the environment the runtime driver sets (names shared with the Kubernetes driver).
 * {@code giveUpAfter}: exit when the control plane has not answered for that long (the local driver sets it so
 * orphaned agents of a control plane that never comes back do not run forever; null = never).
 */
public record AgentConfig(String baseUrl, long instanceId, String bootstrapToken, Path workspace, String runtimeType,
                          String runtimeCommand, String version, Duration giveUpAfter) {

    public static final String VERSION = "0.1.0";

    public static AgentConfig fromEnv(Map<String, String> env) {
        String url = require(env, "CLAWMANAGER_URL");
        return new AgentConfig(url.endsWith("/") ? url.substring(0, url.length() - 1) : url,
                Long.parseLong(require(env, "CLAWMANAGER_INSTANCE_ID")), require(env, "CLAWMANAGER_BOOTSTRAP_TOKEN"),
                Path.of(env.getOrDefault("CLAWMANAGER_WORKSPACE", "workspace")),
                env.getOrDefault("CLAWMANAGER_RUNTIME_TYPE", "custom"),
                env.getOrDefault("CLAWMANAGER_RUNTIME_COMMAND", ""), VERSION,
                env.containsKey("CLAWMANAGER_AGENT_GIVE_UP_AFTER")
                        ? Duration.parse(env.get("CLAWMANAGER_AGENT_GIVE_UP_AFTER")) : null);
    }

    private static String require(Map<String, String> env, String key) {
        String v = env.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(key + " is not set");
        }
        return v;
    }
}
