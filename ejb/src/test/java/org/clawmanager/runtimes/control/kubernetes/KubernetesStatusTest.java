package org.clawmanager.runtimes.control.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clawmanager.runtimes.boundary.ObservedRuntime;
import org.clawmanager.runtimes.boundary.ObservedRuntime.Phase;
import org.clawmanager.runtimes.boundary.RuntimeSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tests play the kubelet: they write Pod statuses, Deployment conditions and Events, and check what the
 * informers make of them, both pushed to listeners and returned by observeAll().
 */
class KubernetesStatusTest {

    private static final String NS = "claw-u41";
    private DriverFixture k8s;
    private final List<ObservedRuntime> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connect() {
        k8s = new DriverFixture(TestSettings.forMock());
        k8s.driver.onChange(heard::add);
    }

    @AfterEach
    void disconnect() {
        k8s.close();
    }

    @Test
    void aDeploymentWithoutPodIsPendingUntilThePodRuns() {
        RuntimeSpec spec = Specs.openclaw(401, 41);
        k8s.driver.apply(spec);
        // the caches follow the writes within milliseconds, not in the same instant
        await().atMost(Duration.ofSeconds(10)).until(() -> k8s.driver.observeAll().get(401L),
                o -> o != null && o.generation() == 1);
        assertThat(k8s.driver.observeAll().get(401L)).satisfies(o -> {
            assertThat(o.phase()).isEqualTo(Phase.PENDING);
            assertThat(o.reason()).isEqualTo("Creating");
        });

        Pod pod = k8s.kubelet.createPod(NS, 401, "node-a");
        k8s.kubelet.running(pod, false);
        awaitHeard(401, Phase.PENDING, "NotReady");
        assertThat(last(401).message()).contains("containers with unready status");

        k8s.kubelet.running(pod, true);
        awaitHeard(401, Phase.RUNNING, null);
        assertThat(k8s.driver.observeAll().get(401L).phase()).isEqualTo(Phase.RUNNING);
    }

    @Test
    void imagePullBackOffFailsWithTheKubeletsMessage() {
        k8s.driver.apply(Specs.openclaw(402, 41));
        k8s.driver.observeAll();
        Pod pod = k8s.kubelet.createPod(NS, 402, "node-a");
        k8s.kubelet.warning(pod, "Failed", "Failed to pull image \"ghcr.io/example/openclaw:1.2\": not found",
                Instant.now().minusSeconds(20));
        k8s.kubelet.waiting(pod, "runtime", "ErrImagePull", "rpc error: not found");
        awaitHeard(402, Phase.PENDING, "ErrImagePull");

        k8s.kubelet.warning(pod, "Failed", "Error: ImagePullBackOff", Instant.now());
        k8s.kubelet.waiting(pod, "runtime", "ImagePullBackOff", "Back-off pulling image");

        ObservedRuntime failed = awaitHeard(402, Phase.FAILED, "ImagePullBackOff");
        assertThat(failed.message()).isEqualTo("Failed to pull image \"ghcr.io/example/openclaw:1.2\": not found");
    }

    @Test
    void crashLoopFailsAndSaysHowTheContainerDied() {
        k8s.driver.apply(Specs.openclaw(403, 41));
        k8s.driver.observeAll();
        k8s.kubelet.crashLooping(k8s.kubelet.createPod(NS, 403, "node-a"), "OOMKilled", 137);

        ObservedRuntime failed = awaitHeard(403, Phase.FAILED, "CrashLoopBackOff");
        assertThat(failed.message()).contains("back-off").contains("OOMKilled").contains("exit code 137");
    }

    @Test
    void unschedulableIsPendingFirstAndFailedAfterTheDeadline() {
        k8s.driver.apply(Specs.openclaw(404, 41));
        k8s.driver.observeAll();
        Pod pod = k8s.kubelet.createPod(NS, 404, null);
        String why = "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available.";
        k8s.kubelet.unschedulable(pod, why, Instant.now());
        assertThat(awaitHeard(404, Phase.PENDING, "Unschedulable").message()).isEqualTo(why);

        k8s.kubelet.unschedulable(pod, why, Instant.now().minus(Duration.ofMinutes(6)));
        assertThat(awaitHeard(404, Phase.FAILED, "Unschedulable").message()).isEqualTo(why);
    }

    @Test
    void thePeriodicResyncFailsAnInstanceStuckPastTheDeadlineWithoutAnyChange() {
        k8s.close();
        MutableClock clock = new MutableClock(Instant.now());
        k8s = new DriverFixture(TestSettings.forMock("resync", "PT1S"), clock);
        k8s.driver.onChange(heard::add);
        k8s.driver.apply(Specs.openclaw(411, 41));
        k8s.driver.observeAll();
        k8s.kubelet.unschedulable(k8s.kubelet.createPod(NS, 411, null), "0/1 nodes are available: 1 Too many pods.",
                clock.instant());
        awaitHeard(411, Phase.PENDING, "Unschedulable");

        clock.advance(Duration.ofMinutes(6)); // nothing in the cluster changes; only time passes

        assertThat(awaitHeard(411, Phase.FAILED, "Unschedulable").message()).contains("Too many pods");
    }

    @Test
    void anUnboundWorkspaceVolumeIsReportedWithTheProvisionersMessage() {
        k8s.driver.apply(Specs.openclaw(405, 41));
        k8s.driver.observeAll();
        PersistentVolumeClaim claim = k8s.client.persistentVolumeClaims().inNamespace(NS)
                .withName("claw-405-workspace").get();
        claim.setStatus(new PersistentVolumeClaimStatusBuilder().withPhase("Pending").build());
        claim = k8s.client.resource(claim).updateStatus();
        k8s.kubelet.warning(claim, "ProvisioningFailed", "storageclass.storage.k8s.io \"fast\" not found",
                Instant.now());
        k8s.kubelet.unschedulable(k8s.kubelet.createPod(NS, 405, null),
                "0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims.", Instant.now());

        ObservedRuntime pending = awaitHeard(405, Phase.PENDING, "PVCPending");
        assertThat(pending.message()).isEqualTo("storageclass.storage.k8s.io \"fast\" not found");
    }

    @Test
    void quotaExceededComesFromTheDeploymentCondition() {
        k8s.driver.apply(Specs.openclaw(406, 41));
        k8s.driver.observeAll();
        Deployment deployment = k8s.client.apps().deployments().inNamespace(NS).withName("claw-406").get();
        String message = "pods \"claw-406-6d5f7c9b8-x2k4p\" is forbidden: exceeded quota: compute, requested: "
                + "limits.cpu=2100m, used: limits.cpu=8, limited: limits.cpu=8";
        deployment.setStatus(new DeploymentStatusBuilder().withConditions(new DeploymentConditionBuilder()
                .withType("ReplicaFailure").withStatus("True").withReason("FailedCreate").withMessage(message)
                .build()).build());
        k8s.client.resource(deployment).updateStatus();

        assertThat(awaitHeard(406, Phase.FAILED, "QuotaExceeded").message()).isEqualTo(message);
    }

    @Test
    void quotaExceededIsSeenInReplicaSetEventsBeforeTheConditionIsSet() {
        k8s.driver.apply(Specs.openclaw(407, 41));
        k8s.driver.observeAll();
        k8s.kubelet.replicaSetWarning(NS, 407, "FailedCreate", "Error creating: pods \"claw-407-6d5f7c9b8-q\" "
                + "is forbidden: exceeded quota: compute, requested: requests.memory=4288Mi");

        assertThat(awaitHeard(407, Phase.FAILED, "QuotaExceeded").message()).contains("exceeded quota: compute");
    }

    @Test
    void stoppingAndDeletingAreReported() {
        RuntimeSpec spec = Specs.openclaw(408, 41);
        k8s.driver.apply(spec);
        k8s.driver.observeAll();
        Pod pod = k8s.kubelet.createPod(NS, 408, "node-a");
        k8s.kubelet.running(pod, true);
        awaitHeard(408, Phase.RUNNING, null);

        k8s.driver.apply(Specs.running(spec, false));
        assertThat(awaitHeard(408, Phase.STOPPED, "Stopping").generation()).isEqualTo(2);
        k8s.client.resource(pod).delete();
        awaitHeard(408, Phase.STOPPED, null);

        k8s.driver.delete(408);
        awaitHeard(408, Phase.MISSING, null);
        assertThat(k8s.driver.observeAll()).doesNotContainKey(408L);
    }

    @Test
    void observeAllReadsTheCachesOnlyAndIgnoresForeignNamespaces() {
        k8s.driver.apply(Specs.openclaw(409, 41));
        k8s.driver.apply(Specs.openclaw(410, 42));
        Deployment foreign = k8s.client.apps().deployments().inNamespace(NS).withName("claw-409").get();
        foreign.getMetadata().setNamespace("default");
        foreign.getMetadata().setResourceVersion(null);
        foreign.getMetadata().setUid(null);
        k8s.client.resource(foreign).create();
        k8s.driver.observeAll();
        await().atMost(Duration.ofSeconds(10)).until(() -> k8s.driver.observeAll().size() == 2);

        int before = k8s.server.requests();
        for (int i = 0; i < 5; i++) {
            assertThat(k8s.driver.observeAll()).containsOnlyKeys(409L, 410L);
        }
        assertThat(k8s.server.requests()).isEqualTo(before);
    }

    private ObservedRuntime awaitHeard(long instanceId, Phase phase, String reason) {
        await().atMost(Duration.ofSeconds(15)).until(() -> heard.stream().anyMatch(o -> o.instanceId() == instanceId
                && o.phase() == phase && Objects.equals(o.reason(), reason)));
        ObservedRuntime observed = last(instanceId);
        assertThat(observed.phase()).isEqualTo(phase);
        return observed;
    }

    private ObservedRuntime last(long instanceId) {
        return heard.stream().filter(o -> o.instanceId() == instanceId).reduce((a, b) -> b).orElseThrow();
    }
}
