package org.clawmanager.instances.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.clawmanager.instances.entity.InstanceStatus;
import org.clawmanager.instances.entity.PowerState;
import org.clawmanager.runtimes.boundary.ObservedRuntime;
import org.clawmanager.runtimes.boundary.ObservedRuntime.Phase;
import org.junit.jupiter.api.Test;

class StatusRulesTest {

    private static ObservedRuntime o(Phase phase, String reason, String message) {
        return new ObservedRuntime(1, phase, reason, message, 1, Instant.EPOCH);
    }

    @Test
    void runningDesiredFollowsThePhaseAndCopiesReasons() {
        assertThat(StatusRules.derive(InstanceStatus.CREATING, PowerState.RUNNING, o(Phase.RUNNING, null, null)).status())
                .isEqualTo(InstanceStatus.RUNNING);
        var failed = StatusRules.derive(InstanceStatus.RUNNING, PowerState.RUNNING,
                o(Phase.FAILED, "ImagePullBackOff", "pull access denied"));
        assertThat(failed.status()).isEqualTo(InstanceStatus.ERROR);
        assertThat(failed.reason()).isEqualTo("ImagePullBackOff");
        assertThat(failed.message()).isEqualTo("pull access denied");
        var pending = StatusRules.derive(InstanceStatus.CREATING, PowerState.RUNNING, o(Phase.PENDING, "Unschedulable", "0/3 nodes"));
        assertThat(pending.status()).isEqualTo(InstanceStatus.CREATING);
        assertThat(pending.reason()).isEqualTo("Unschedulable");
        assertThat(StatusRules.derive(InstanceStatus.RUNNING, PowerState.RUNNING, null).status())
                .isEqualTo(InstanceStatus.CREATING);
    }

    @Test
    void stoppedDesiredStaysUntilTheRuntimeIsDownAndDeletingIsNeverOverwritten() {
        var stopping = StatusRules.derive(InstanceStatus.RUNNING, PowerState.STOPPED, o(Phase.RUNNING, null, null));
        assertThat(stopping.status()).isEqualTo(InstanceStatus.RUNNING);
        assertThat(stopping.reason()).isEqualTo("Stopping");
        assertThat(StatusRules.derive(InstanceStatus.RUNNING, PowerState.STOPPED, o(Phase.STOPPED, null, null)).status())
                .isEqualTo(InstanceStatus.STOPPED);
        assertThat(StatusRules.derive(InstanceStatus.DELETING, PowerState.STOPPED, o(Phase.RUNNING, null, null))).isNull();
    }

    @Test
    void reapplyWhenTheProcessIsGoneOrStillUpButNotForCrashLoops() {
        assertThat(StatusRules.needsApply(PowerState.RUNNING, null)).isTrue();
        assertThat(StatusRules.needsApply(PowerState.RUNNING, o(Phase.FAILED, "ProcessExited", null))).isTrue();
        assertThat(StatusRules.needsApply(PowerState.RUNNING, o(Phase.FAILED, "CrashLoopBackOff", null))).isFalse();
        assertThat(StatusRules.needsApply(PowerState.RUNNING, o(Phase.RUNNING, null, null))).isFalse();
        assertThat(StatusRules.needsApply(PowerState.STOPPED, o(Phase.RUNNING, null, null))).isTrue();
        assertThat(StatusRules.needsApply(PowerState.STOPPED, o(Phase.STOPPED, null, null))).isFalse();
    }
}
