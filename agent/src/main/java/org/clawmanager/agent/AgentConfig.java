package org.clawmanager.agent;

import java.nio.file.Path;
import java.util.Map;

/** The agent's settings, from the environment the runtime driver sets (names shared with the Kubernetes driver). */
public record AgentConfig(String baseUrl, long instanceId, String bootstrapToken, Path workspace, String runtimeType,
                          String runtimeCommand, String version) {

    public static final String VERSION = "0.1.0";

    public static AgentConfig fromEnv(Map<String, String> env) {
        String url = require(env, "CLAWMANAGER_URL");
        return new AgentConfig(url.endsWith("/") ? url.substring(0, url.length() - 1) : url,
                Long.parseLong(require(env, "CLAWMANAGER_INSTANCE_ID")), require(env, "CLAWMANAGER_BOOTSTRAP_TOKEN"),
                Path.of(env.getOrDefault("CLAWMANAGER_WORKSPACE", "workspace")),
                env.getOrDefault("CLAWMANAGER_RUNTIME_TYPE", "custom"),
                env.getOrDefault("CLAWMANAGER_RUNTIME_COMMAND", ""), VERSION);
    }

    private static String require(Map<String, String> env, String key) {
        String v = env.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(key + " is not set");
        }
        return v;
    }
}
