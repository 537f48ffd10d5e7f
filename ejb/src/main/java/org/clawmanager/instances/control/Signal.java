package org.clawmanager.instances.control;

/**
 * A cluster-wide notification to publish once the current transaction commits (never for a rolled-back change):
 * fire it as a CDI event inside the transaction; {@link Signals} publishes it on the event bus after commit.
 */
public record Signal(String topic, String message) {

    public static final String AGENT_SESSION = "instances.agent-session";
    public static final String DESIRED = "instances.desired";
    public static final String COMMANDS = "instances.commands";
    public static final String LIVE = "instances.live";

    public static Signal agentSession(long instanceId) {
        return new Signal(AGENT_SESSION, Long.toString(instanceId));
    }

    public static Signal desired(long instanceId) {
        return new Signal(DESIRED, Long.toString(instanceId));
    }

    public static Signal commands(long instanceId) {
        return new Signal(COMMANDS, Long.toString(instanceId));
    }

    /** A live update for browsers: {@code kind} is instance or command; {@code json} is the payload object. */
    public static Signal live(long ownerId, String kind, String json) {
        return new Signal(LIVE, ownerId + " " + kind + " " + json);
    }
}
