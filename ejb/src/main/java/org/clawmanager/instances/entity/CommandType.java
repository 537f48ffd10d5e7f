package org.clawmanager.instances.entity;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The 17 command types of the agent protocol, each with the server-enforced time it may run once started. The
 * reference system calls the first three {@code start_openclaw} etc.; those names are accepted as aliases.
 */
public enum CommandType {
    START_RUNTIME(60, "start_openclaw"),
    STOP_RUNTIME(60, "stop_openclaw"),
    RESTART_RUNTIME(120, "restart_openclaw"),
    COLLECT_SYSTEM_INFO(60, null),
    APPLY_CONFIG_REVISION(120, null),
    RELOAD_CONFIG(60, null),
    HEALTH_CHECK(30, null),
    INSTALL_SKILL(300, null),
    UPDATE_SKILL(300, null),
    UNINSTALL_SKILL(120, null),
    REMOVE_SKILL(120, null),
    DISABLE_SKILL(60, null),
    QUARANTINE_SKILL(60, null),
    HANDLE_SKILL_RISK(120, null),
    SYNC_SKILL_INVENTORY(120, null),
    REFRESH_SKILL_INVENTORY(120, null),
    COLLECT_SKILL_PACKAGE(300, null);

    private final Duration runTimeout;
    private final String alias;

    CommandType(int runTimeoutSeconds, String alias) {
        this.runTimeout = Duration.ofSeconds(runTimeoutSeconds);
        this.alias = alias;
    }

    public Duration runTimeout() {
        return runTimeout;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CommandType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.wire().equals(v) || v.equals(t.alias)).findFirst();
    }
}
