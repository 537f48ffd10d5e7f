package org.clawmanager.runtimes.control.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.clawmanager.runtimes.boundary.ObservedRuntime;
import org.clawmanager.runtimes.boundary.ObservedRuntime.Phase;
import org.junit.jupiter.api.Test;

/** The status rules that need no watch: edge cases of the mapping from objects to phase and reason. */
class StatusMapperTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final KubernetesSettings settings = TestSettings.with();
    private final StatusMapper mapper = new StatusMapper(settings);
    private final InstanceObjects objects = new InstanceObjects(settings);

    @Test
    void nothingAtAllIsMissingWithoutReason() {
        ObservedRuntime o = mapper.map(new InstanceView(5, null, null, List.of(), List.of()), NOW);
        assertThat(o.phase()).isEqualTo(Phase.MISSING);
        assertThat(o.reason()).isNull();
        assertThat(o.generation()).isZero();
        assertThat(o.observedAt()).isEqualTo(NOW);
    }

    @Test
    void aVolumeWithoutWorkloadIsMissingWithAReason() {
        var claim = objects.volumeClaim(Specs.openclaw(5, 1), "claw-u1");
        ObservedRuntime o = mapper.map(new InstanceView(5, null, claim, List.of(), List.of()), NOW);
        assertThat(o.phase()).isEqualTo(Phase.MISSING);
        assertThat(o.reason()).isEqualTo("WorkloadMissing");
    }

    @Test
    void anEvictedPodIsPendingWhileItIsReplaced() {
        Pod evicted = pod(new PodStatusBuilder().withPhase("Failed").withReason("Evicted")
                .withMessage("The node was low on resource: memory.").build());
        ObservedRuntime o = map(deployment(1), List.of(evicted), List.of());
        assertThat(o.phase()).isEqualTo(Phase.PENDING);
        assertThat(o.reason()).isEqualTo("Evicted");
        assertThat(o.message()).isEqualTo("The node was low on resource: memory.");
    }

    @Test
    void podSecurityRejectionAndProgressDeadlineFail() {
        Deployment rejected = withCondition(deployment(1), "ReplicaFailure", "True", "FailedCreate",
                "pods \"claw-5-x\" is forbidden: violates PodSecurity \"restricted:latest\": runAsNonRoot != true");
        assertThat(map(rejected, List.of(), List.of()).reason()).isEqualTo("PodSecurityRejected");

        Deployment stuck = withCondition(deployment(1), "Progressing", "False", "ProgressDeadlineExceeded",
                "ReplicaSet \"claw-5-x\" has timed out progressing.");
        ObservedRuntime o = map(stuck, List.of(), List.of());
        assertThat(o.phase()).isEqualTo(Phase.FAILED);
        assertThat(o.reason()).isEqualTo("ProgressDeadlineExceeded");
    }

    @Test
    void anOldFailedCreateEventNoLongerCounts() {
        Event old = new EventBuilder().withType("Warning").withReason("FailedCreate")
                .withMessage("exceeded quota: compute").withLastTimestamp(NOW.minus(Duration.ofHours(1)).toString())
                .withNewInvolvedObject().withKind("ReplicaSet").withName("claw-5-abc").endInvolvedObject().build();
        ObservedRuntime o = map(deployment(1), List.of(), List.of(old));
        assertThat(o.phase()).isEqualTo(Phase.PENDING);
        assertThat(o.reason()).isEqualTo("Creating");
    }

    @Test
    void aFailedMountIsExplainedByItsEvent() {
        Pod creating = pod(new PodStatusBuilder().withPhase("Pending")
                .withConditions(Kubelet.condition("PodScheduled", "True", null, null, NOW))
                .withContainerStatuses(Kubelet.waitingStatus("runtime", "ContainerCreating", null)).build());
        Event mount = new EventBuilder().withType("Warning").withReason("FailedMount")
                .withMessage("MountVolume.SetUp failed for volume \"pvc-1\": rpc error").withLastTimestamp(NOW.toString())
                .withNewInvolvedObject().withKind("Pod").withName(creating.getMetadata().getName()).endInvolvedObject()
                .build();
        ObservedRuntime o = map(deployment(1), List.of(creating), List.of(mount));
        assertThat(o.phase()).isEqualTo(Phase.PENDING);
        assertThat(o.reason()).isEqualTo("VolumeMountFailed");
        assertThat(o.message()).startsWith("MountVolume.SetUp failed");

        ObservedRuntime plain = map(deployment(1), List.of(creating), List.of());
        assertThat(plain.reason()).isEqualTo("ContainerCreating");
    }

    @Test
    void aConfigErrorOfTheAgentFailsTheInstance() {
        Pod pod = pod(new PodStatusBuilder().withPhase("Pending")
                .withContainerStatuses(Kubelet.waitingStatus("agent", "CreateContainerConfigError",
                        "secret \"claw-5\" not found")).build());
        ObservedRuntime o = map(deployment(1), List.of(pod), List.of());
        assertThat(o.phase()).isEqualTo(Phase.FAILED);
        assertThat(o.reason()).isEqualTo("CreateContainerConfigError");
        assertThat(o.message()).isEqualTo("secret \"claw-5\" not found");
    }

    @Test
    void theNewestLivePodIsTheOneThatCounts() {
        Pod old = new PodBuilder(pod(new PodStatusBuilder().withPhase("Running").build())).editMetadata()
                .withName("claw-5-a-old").withCreationTimestamp(NOW.minusSeconds(600).toString()).endMetadata().build();
        Pod terminating = new PodBuilder(old).editMetadata().withName("claw-5-a-gone")
                .withCreationTimestamp(NOW.toString()).withDeletionTimestamp(NOW.toString()).endMetadata().build();
        Pod fresh = new PodBuilder(pod(new PodStatusBuilder().withPhase("Running").withConditions(
                Kubelet.condition("Ready", "True", null, null, NOW)).build())).editMetadata().withName("claw-5-a-new")
                .withCreationTimestamp(NOW.minusSeconds(5).toString()).endMetadata().build();
        assertThat(map(deployment(1), List.of(old, terminating, fresh), List.of()).phase()).isEqualTo(Phase.RUNNING);
    }

    @Test
    void theZeroReplicaPlaceholderOfANewInstanceIsNotMistakenForAStoppedOne() {
        Deployment placeholder = deployment(0);
        placeholder.getMetadata().getAnnotations().put("clawmanager.io/generation", "0");
        ObservedRuntime o = map(placeholder, List.of(), List.of());
        assertThat(o.phase()).isEqualTo(Phase.PENDING);
        assertThat(o.reason()).isEqualTo("Creating");
        assertThat(o.generation()).isZero();
        assertThat(map(deployment(0), List.of(), List.of()).phase()).isEqualTo(Phase.STOPPED);
    }

    @Test
    void aDeploymentBeingDeletedIsReportedAsSuch() {
        Deployment d = deployment(1);
        d.getMetadata().setDeletionTimestamp(NOW.toString());
        assertThat(map(d, List.of(), List.of()).reason()).isEqualTo("Deleting");
    }

    @Test
    void longMessagesAreCut() {
        Pod pod = pod(new PodStatusBuilder().withPhase("Failed").withReason("Evicted").withMessage("x".repeat(5000))
                .build());
        assertThat(map(deployment(1), List.of(pod), List.of()).message()).hasSize(1003);
    }

    private ObservedRuntime map(Deployment d, List<Pod> pods, List<Event> events) {
        return mapper.map(new InstanceView(5, d, null, pods, events), NOW);
    }

    private Deployment deployment(int replicas) {
        return objects.deployment(Specs.openclaw(5, 1), "claw-u1", replicas);
    }

    private static Deployment withCondition(Deployment d, String type, String status, String reason, String message) {
        d.setStatus(new DeploymentStatusBuilder().withConditions(new DeploymentConditionBuilder().withType(type)
                .withStatus(status).withReason(reason).withMessage(message).build()).build());
        return d;
    }

    private static Pod pod(PodStatus status) {
        return new PodBuilder().withNewMetadata().withName("claw-5-abc-xyz").withNamespace("claw-u1")
                .withCreationTimestamp(NOW.minusSeconds(30).toString()).endMetadata().withStatus(status).build();
    }
}
