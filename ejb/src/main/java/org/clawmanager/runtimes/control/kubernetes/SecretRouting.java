package org.clawmanager.runtimes.control.kubernetes;

/**
 * Which container sees which platform secret ({@code RuntimeSpec.secrets()}, keyed by environment variable name).
 * The agent sidecar gets its bootstrap token and anything named {@code CLAWMANAGER_AGENT_*}; the runtime container
 * gets everything else (the gateway key). Agent code and runtime code thus never see each other's credentials:
 * the runtime executes arbitrary skills and must not be able to register a rogue agent.
 */
public final class SecretRouting {

    public static final String BOOTSTRAP_TOKEN = "CLAWMANAGER_BOOTSTRAP_TOKEN";
    public static final String AGENT_PREFIX = "CLAWMANAGER_AGENT_";

    private SecretRouting() {
    }

    public static boolean forAgent(String key) {
        return BOOTSTRAP_TOKEN.equals(key) || key.startsWith(AGENT_PREFIX);
    }
}
