package org.clawmanager.instances.control;

import org.clawmanager.instances.entity.InstanceStatus;
import org.clawmanager.instances.entity.PowerState;
import org.clawmanager.runtimes.boundary.ObservedRuntime;
import org.clawmanager.runtimes.boundary.ObservedRuntime.Phase;

/** How desired power state and the driver's observation combine into the status users see. Pure, unit-tested. */
public final class StatusRules {

    private StatusRules() {
    }

    public record Derived(InstanceStatus status, String reason, String message) {
    }

    /** Null when the observation changes nothing (deleting instances keep their status until they are gone). */
    public static Derived derive(InstanceStatus current, PowerState desired, ObservedRuntime o) {
        if (current == InstanceStatus.DELETING) {
            return null;
        }
        Phase phase = o == null ? Phase.MISSING : o.phase();
        if (desired == PowerState.RUNNING) {
            return switch (phase) {
                case RUNNING -> new Derived(InstanceStatus.RUNNING, null, null);
                case FAILED -> new Derived(InstanceStatus.ERROR, o.reason() == null ? "Failed" : o.reason(), o.message());
                case PENDING -> new Derived(InstanceStatus.CREATING, o.reason() == null ? "Starting" : o.reason(), o.message());
                case STOPPED, MISSING -> new Derived(InstanceStatus.CREATING, "Provisioning", null);
            };
        }
        return switch (phase) {
            case RUNNING, PENDING -> new Derived(current == InstanceStatus.STOPPED ? InstanceStatus.STOPPED : current,
                    "Stopping", null);
            case STOPPED, MISSING, FAILED -> new Derived(InstanceStatus.STOPPED, null, null);
        };
    }

    /** Whether the driver must be asked again although the generation was applied (process gone, or still up). */
    public static boolean needsApply(PowerState desired, ObservedRuntime o) {
        Phase phase = o == null ? Phase.MISSING : o.phase();
        if (desired == PowerState.RUNNING) {
            return phase == Phase.MISSING || phase == Phase.STOPPED
                    || (phase == Phase.FAILED && "ProcessExited".equals(o.reason()));
        }
        return phase == Phase.RUNNING;
    }
}
