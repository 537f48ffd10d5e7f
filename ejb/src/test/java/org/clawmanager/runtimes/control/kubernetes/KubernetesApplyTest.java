package org.clawmanager.runtimes.control.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.clawmanager.runtimes.boundary.RuntimeSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** apply() against the mock API server: every object, its labels, owner, resources and hardening. */
class KubernetesApplyTest {

    private DriverFixture k8s;

    @BeforeEach
    void connect() {
        k8s = new DriverFixture(TestSettings.forMock());
    }

    @AfterEach
    void disconnect() {
        k8s.close();
    }

    @Test
    void createsEveryObjectInTheOwnersNamespaceWithLabels() {
        RuntimeSpec spec = Specs.openclaw(101, 11);
        k8s.driver.apply(spec);

        String ns = DriverFixture.namespace(11);
        Deployment deployment = k8s.client.apps().deployments().inNamespace(ns).withName("claw-101").get();
        List<HasMetadata> objects = List.of(deployment,
                k8s.client.secrets().inNamespace(ns).withName("claw-101").get(),
                k8s.client.configMaps().inNamespace(ns).withName("claw-101").get(),
                k8s.client.services().inNamespace(ns).withName("claw-101").get(),
                k8s.client.network().v1().networkPolicies().inNamespace(ns).withName("claw-101").get(),
                k8s.client.persistentVolumeClaims().inNamespace(ns).withName("claw-101-workspace").get());
        assertThat(objects).doesNotContainNull().allSatisfy(o -> assertThat(o.getMetadata().getLabels())
                .containsEntry("app.kubernetes.io/managed-by", "clawmanager")
                .containsEntry("clawmanager.io/instance-id", "101")
                .containsEntry("clawmanager.io/owner-id", "11")
                .containsEntry("app.kubernetes.io/name", "openclaw"));
        assertThat(deployment.getMetadata().getAnnotations())
                .containsEntry("clawmanager.io/instance-name", "Research bot")
                .containsEntry("clawmanager.io/generation", "1");
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(1);
        assertThat(deployment.getSpec().getStrategy().getType()).isEqualTo("Recreate");
        assertThat(deployment.getSpec().getSelector().getMatchLabels())
                .isEqualTo(Map.of("app.kubernetes.io/managed-by", "clawmanager", "clawmanager.io/instance-id", "101"));
    }

    @Test
    void childrenAreOwnedByTheDeploymentButTheVolumeClaimIsNot() {
        k8s.driver.apply(Specs.openclaw(102, 11));
        String ns = DriverFixture.namespace(11);
        Deployment deployment = k8s.client.apps().deployments().inNamespace(ns).withName("claw-102").get();

        for (HasMetadata child : List.of(k8s.client.secrets().inNamespace(ns).withName("claw-102").get(),
                k8s.client.configMaps().inNamespace(ns).withName("claw-102").get(),
                k8s.client.services().inNamespace(ns).withName("claw-102").get(),
                k8s.client.network().v1().networkPolicies().inNamespace(ns).withName("claw-102").get())) {
            assertThat(child.getMetadata().getOwnerReferences()).singleElement().satisfies(ref -> {
                assertThat(ref.getKind()).isEqualTo("Deployment");
                assertThat(ref.getName()).isEqualTo("claw-102");
                assertThat(ref.getUid()).isEqualTo(deployment.getMetadata().getUid()).isNotBlank();
                assertThat(ref.getController()).isTrue();
            });
        }
        assertThat(k8s.client.persistentVolumeClaims().inNamespace(ns).withName("claw-102-workspace").get()
                .getMetadata().getOwnerReferences()).isEmpty();
    }

    @Test
    void requestsEqualLimitsFromTheSizeAndVolumeFromTheDisk() {
        k8s.driver.apply(Specs.openclaw(103, 11));
        PodSpec pod = podSpec(11, 103);
        Container runtime = container(pod, "runtime");

        assertThat(runtime.getResources().getRequests()).isEqualTo(runtime.getResources().getLimits());
        assertThat(runtime.getResources().getLimits()).containsEntry("cpu", new Quantity("2000m"))
                .containsEntry("memory", new Quantity("4096Mi")).doesNotContainKey("nvidia.com/gpu");
        Container agent = container(pod, "agent");
        assertThat(agent.getImage()).isEqualTo("ghcr.io/clawmanager/clawmanager-agent:0.1.0");
        assertThat(agent.getResources().getRequests()).isEqualTo(agent.getResources().getLimits());
        assertThat(pod.getTolerations()).isEmpty();
        PersistentVolumeClaim claim = k8s.client.persistentVolumeClaims().inNamespace(DriverFixture.namespace(11))
                .withName("claw-103-workspace").get();
        assertThat(claim.getSpec().getResources().getRequests()).containsEntry("storage", new Quantity("20Gi"));
        assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
        assertThat(claim.getSpec().getStorageClassName()).isNull();
    }

    @Test
    void gpusAreLimitedAndTolerated() {
        RuntimeSpec spec = Specs.withResources(Specs.openclaw(104, 11), new RuntimeSpec.Resources(4000, 16384, 50, 2));
        k8s.driver.apply(Specs.withStorageClass(spec, "fast-ssd"));
        PodSpec pod = podSpec(11, 104);

        assertThat(container(pod, "runtime").getResources().getLimits()).containsEntry("nvidia.com/gpu",
                new Quantity("2"));
        assertThat(container(pod, "runtime").getResources().getRequests()).containsEntry("nvidia.com/gpu",
                new Quantity("2"));
        assertThat(pod.getTolerations()).singleElement().satisfies(t -> {
            assertThat(t.getKey()).isEqualTo("nvidia.com/gpu");
            assertThat(t.getEffect()).isEqualTo("NoSchedule");
        });
        assertThat(k8s.client.persistentVolumeClaims().inNamespace(DriverFixture.namespace(11))
                .withName("claw-104-workspace").get().getSpec().getStorageClassName()).isEqualTo("fast-ssd");
    }

    @Test
    void podIsHardenedForTheRestrictedPodSecurityStandard() {
        k8s.driver.apply(Specs.openclaw(105, 11));
        PodSpec pod = podSpec(11, 105);

        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(pod.getEnableServiceLinks()).isFalse();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(1000L);
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(pod.getContainers()).hasSize(2).allSatisfy(c -> {
            assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
            assertThat(c.getSecurityContext().getPrivileged()).isFalse();
            assertThat(c.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
            assertThat(c.getSecurityContext().getCapabilities().getAdd()).isEmpty();
            assertThat(c.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        });
        assertThat(container(pod, "runtime").getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container(pod, "agent").getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        Container runtime = container(pod, "runtime");
        assertThat(runtime.getStartupProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(18789);
        assertThat(runtime.getReadinessProbe()).isNotNull();
        assertThat(runtime.getLivenessProbe()).isNotNull();
        Namespace namespace = k8s.client.namespaces().withName(DriverFixture.namespace(11)).get();
        assertThat(namespace.getMetadata().getLabels())
                .containsEntry("pod-security.kubernetes.io/enforce", "restricted")
                .containsEntry("app.kubernetes.io/managed-by", "clawmanager");
    }

    @Test
    void desktopImagesGetAWritableRootAndSharedMemory() {
        k8s.driver.apply(Specs.withType(Specs.openclaw(106, 11), "webtop"));
        PodSpec pod = podSpec(11, 106);

        assertThat(container(pod, "runtime").getSecurityContext().getReadOnlyRootFilesystem()).isFalse();
        assertThat(container(pod, "runtime").getVolumeMounts()).anyMatch(m -> m.getMountPath().equals("/dev/shm"));
        assertThat(pod.getVolumes()).anyMatch(v -> v.getEmptyDir() != null
                && "Memory".equals(v.getEmptyDir().getMedium()));
        assertThat(container(pod, "runtime").getPorts()).singleElement()
                .satisfies(p -> assertThat(p.getContainerPort()).isEqualTo(3001));
    }

    @Test
    void secretsReachOnlyTheirContainerAndNeverAppearAsLiterals() {
        k8s.driver.apply(Specs.openclaw(107, 11));
        String ns = DriverFixture.namespace(11);
        PodSpec pod = podSpec(11, 107);

        Secret secret = k8s.client.secrets().inNamespace(ns).withName("claw-107").get();
        assertThat(decode(secret.getData().get("CLAWMANAGER_BOOTSTRAP_TOKEN"))).isEqualTo(Specs.BOOTSTRAP);
        assertThat(decode(secret.getData().get("OPENAI_API_KEY"))).isEqualTo(Specs.GATEWAY_KEY);
        EnvVar agentToken = env(container(pod, "agent"), "CLAWMANAGER_BOOTSTRAP_TOKEN");
        assertThat(agentToken.getValue()).isNull();
        assertThat(agentToken.getValueFrom().getSecretKeyRef().getName()).isEqualTo("claw-107");
        assertThat(env(container(pod, "runtime"), "OPENAI_API_KEY").getValueFrom().getSecretKeyRef().getKey())
                .isEqualTo("OPENAI_API_KEY");
        assertThat(container(pod, "runtime").getEnv()).noneMatch(e -> e.getName().equals("CLAWMANAGER_BOOTSTRAP_TOKEN"));
        assertThat(container(pod, "agent").getEnv()).noneMatch(e -> e.getName().equals("OPENAI_API_KEY"));
        String podJson = io.fabric8.kubernetes.client.utils.Serialization.asJson(
                k8s.client.apps().deployments().inNamespace(ns).withName("claw-107").get());
        assertThat(podJson).doesNotContain(Specs.BOOTSTRAP).doesNotContain(Specs.GATEWAY_KEY);
        ConfigMap config = k8s.client.configMaps().inNamespace(ns).withName("claw-107").get();
        assertThat(config.getData()).containsEntry("LOG_LEVEL", "debug").containsKey("instance.json");
        assertThat(config.getData().values()).noneMatch(v -> v.contains(Specs.GATEWAY_KEY));
    }

    @Test
    void userEnvironmentCannotOverridePlatformVariables() {
        k8s.driver.apply(Specs.withEnv(Specs.openclaw(108, 11), Map.of("OPENAI_BASE_URL", "http://evil.example",
                "HOME", "/workspace/home", "TZ", "UTC")));
        Container runtime = container(podSpec(11, 108), "runtime");

        assertThat(runtime.getEnv()).filteredOn(e -> e.getName().equals("OPENAI_BASE_URL")).singleElement()
                .satisfies(e -> assertThat(e.getValue()).isEqualTo("http://clawmanager.clawmanager-system.svc:9080/v1"));
        assertThat(env(runtime, "HOME").getValueFrom().getConfigMapKeyRef().getKey()).isEqualTo("HOME");
        assertThat(env(runtime, "TZ").getValueFrom().getConfigMapKeyRef().getName()).isEqualTo("claw-108");
    }

    @Test
    void namespaceIsPreparedWithRoleBindingAndDefaultDeny() {
        k8s.driver.apply(Specs.openclaw(109, 12));
        String ns = DriverFixture.namespace(12);

        RoleBinding binding = k8s.client.rbac().roleBindings().inNamespace(ns).withName("clawmanager-control-plane")
                .get();
        assertThat(binding.getRoleRef().getKind()).isEqualTo("ClusterRole");
        assertThat(binding.getRoleRef().getName()).isEqualTo("clawmanager-instance-manager");
        assertThat(binding.getSubjects()).singleElement().satisfies(s -> {
            assertThat(s.getKind()).isEqualTo("ServiceAccount");
            assertThat(s.getName()).isEqualTo("clawmanager");
            assertThat(s.getNamespace()).isEqualTo("clawmanager-system");
        });
        var deny = k8s.client.network().v1().networkPolicies().inNamespace(ns).withName("default-deny").get();
        assertThat(deny.getSpec().getPodSelector().getMatchLabels()).isEmpty();
        assertThat(deny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(deny.getSpec().getIngress()).isEmpty();
        assertThat(deny.getSpec().getEgress()).isEmpty();
    }

    private PodSpec podSpec(long ownerId, long instanceId) {
        return k8s.client.apps().deployments().inNamespace(DriverFixture.namespace(ownerId))
                .withName(InstanceNames.workload(instanceId)).get().getSpec().getTemplate().getSpec();
    }

    static Container container(PodSpec pod, String name) {
        return pod.getContainers().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    static EnvVar env(Container container, String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
    }

    static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
