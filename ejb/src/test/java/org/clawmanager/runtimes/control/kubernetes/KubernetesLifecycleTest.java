package org.clawmanager.runtimes.control.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.time.Clock;
import java.util.Map;
import org.clawmanager.platform.errors.ConflictException;
import org.clawmanager.platform.errors.DomainException;
import org.clawmanager.platform.errors.InvalidInputException;
import org.clawmanager.runtimes.boundary.RuntimeSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** apply() again and again, power states, volume growth, delete, and what apply refuses to do. */
class KubernetesLifecycleTest {

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
    void applyingTheSameSpecTwiceChangesNothing() {
        RuntimeSpec spec = Specs.openclaw(301, 36);
        k8s.driver.apply(spec);
        Deployment first = deployment(36, 301);
        int objects = countObjects(36);

        k8s.driver.apply(spec);

        Deployment second = deployment(36, 301);
        assertThat(second.getSpec()).isEqualTo(first.getSpec());
        assertThat(second.getMetadata().getUid()).isEqualTo(first.getMetadata().getUid());
        assertThat(countObjects(36)).isEqualTo(objects).isEqualTo(6 + 2); // instance objects + namespace's own two
    }

    @Test
    void aNewImageOrSecretRollsThePodButANewDisplayNameDoesNot() {
        RuntimeSpec spec = Specs.openclaw(302, 31);
        k8s.driver.apply(spec);
        String digest = digest(deployment(31, 302));

        k8s.driver.apply(Specs.withName(spec, "Renamed bot"));
        assertThat(digest(deployment(31, 302))).isEqualTo(digest);
        assertThat(deployment(31, 302).getMetadata().getAnnotations())
                .containsEntry("clawmanager.io/instance-name", "Renamed bot");

        RuntimeSpec rotated = Specs.withSecrets(spec, Map.of(SecretRouting.BOOTSTRAP_TOKEN, Specs.BOOTSTRAP,
                "OPENAI_API_KEY", "cmk-rotated-99"));
        k8s.driver.apply(rotated);
        assertThat(digest(deployment(31, 302))).isNotEqualTo(digest);
        assertThat(KubernetesApplyTest.decode(k8s.client.secrets().inNamespace("claw-u31").withName("claw-302").get()
                .getData().get("OPENAI_API_KEY"))).isEqualTo("cmk-rotated-99");

        k8s.driver.apply(Specs.withImage(rotated, "ghcr.io/example/openclaw:1.3"));
        Deployment updated = deployment(31, 302);
        assertThat(updated.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                .isEqualTo("ghcr.io/example/openclaw:1.3");
        assertThat(updated.getMetadata().getAnnotations()).containsEntry("clawmanager.io/generation", "3");
    }

    @Test
    void anOlderSpecCannotRollAnInstanceBack() {
        RuntimeSpec first = Specs.openclaw(315, 31);
        RuntimeSpec newer = Specs.withImage(first, "ghcr.io/example/openclaw:2.0");
        k8s.driver.apply(newer);

        assertThatThrownBy(() -> k8s.driver.apply(first)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already runs generation 2");
        assertThat(deployment(31, 315).getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                .isEqualTo("ghcr.io/example/openclaw:2.0");
        k8s.driver.apply(newer); // the same generation again is fine
    }

    @Test
    void removedEnvironmentVariablesDisappear() {
        RuntimeSpec spec = Specs.withEnv(Specs.openclaw(303, 31), Map.of("A", "1", "B", "2"));
        k8s.driver.apply(spec);
        k8s.driver.apply(Specs.withEnv(spec, Map.of("A", "1")));

        assertThat(k8s.client.configMaps().inNamespace("claw-u31").withName("claw-303").get().getData())
                .containsKey("A").doesNotContainKey("B");
        assertThat(deployment(31, 303).getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
                .noneMatch(e -> e.getName().equals("B"));
    }

    @Test
    void powerOffScalesToZeroAndKeepsTheWorkspace() {
        RuntimeSpec spec = Specs.openclaw(304, 31);
        k8s.driver.apply(spec);
        k8s.driver.apply(Specs.running(spec, false));

        assertThat(deployment(31, 304).getSpec().getReplicas()).isZero();
        assertThat(k8s.client.persistentVolumeClaims().inNamespace("claw-u31").withName("claw-304-workspace").get())
                .isNotNull();
        assertThat(k8s.client.secrets().inNamespace("claw-u31").withName("claw-304").get()).isNotNull();

        k8s.driver.apply(Specs.running(Specs.running(spec, false), true));
        assertThat(deployment(31, 304).getSpec().getReplicas()).isEqualTo(1);
    }

    @Test
    void aStoppedInstanceIsCreatedWithZeroReplicas() {
        k8s.driver.apply(Specs.running(Specs.openclaw(305, 31), false));
        assertThat(deployment(31, 305).getSpec().getReplicas()).isZero();
    }

    @Test
    void theWorkspaceGrowsButNeverShrinks() {
        RuntimeSpec spec = Specs.openclaw(306, 31);
        k8s.driver.apply(spec);
        RuntimeSpec bigger = Specs.withResources(spec, new RuntimeSpec.Resources(2000, 4096, 40, 0));
        k8s.driver.apply(bigger);
        assertThat(storage(306)).isEqualTo(new Quantity("40Gi"));

        k8s.driver.apply(Specs.withResources(bigger, new RuntimeSpec.Resources(2000, 4096, 10, 0)));
        assertThat(storage(306)).isEqualTo(new Quantity("40Gi"));
    }

    @Test
    void deleteRemovesEverythingOfTheInstanceAndNothingElse() {
        k8s.driver.apply(Specs.openclaw(307, 32));
        k8s.driver.apply(Specs.openclaw(308, 32));

        k8s.driver.delete(307);

        String ns = "claw-u32";
        assertThat(k8s.client.apps().deployments().inNamespace(ns).withName("claw-307").get()).isNull();
        assertThat(k8s.client.secrets().inNamespace(ns).withName("claw-307").get()).isNull();
        assertThat(k8s.client.configMaps().inNamespace(ns).withName("claw-307").get()).isNull();
        assertThat(k8s.client.services().inNamespace(ns).withName("claw-307").get()).isNull();
        assertThat(k8s.client.network().v1().networkPolicies().inNamespace(ns).withName("claw-307").get()).isNull();
        assertThat(k8s.client.persistentVolumeClaims().inNamespace(ns).withName("claw-307-workspace").get()).isNull();
        assertThat(deployment(32, 308)).isNotNull();
        assertThat(k8s.client.persistentVolumeClaims().inNamespace(ns).withName("claw-308-workspace").get())
                .isNotNull();
        assertThat(k8s.client.network().v1().networkPolicies().inNamespace(ns).withName("default-deny").get())
                .isNotNull();

        k8s.driver.delete(307); // idempotent
        k8s.driver.delete(999_999); // unknown: no-op
    }

    @Test
    void invalidSpecsAreRejectedBeforeAnythingIsWritten() {
        RuntimeSpec bad = Specs.withEnv(Specs.openclaw(309, 33), Map.of("NOT-A-NAME", "x"));
        assertThatThrownBy(() -> k8s.driver.apply(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("NOT-A-NAME");
        RuntimeSpec noImage = Specs.withImage(Specs.openclaw(309, 33), " ");
        assertThatThrownBy(() -> k8s.driver.apply(noImage)).isInstanceOf(InvalidInputException.class);
        RuntimeSpec noCpu = Specs.withResources(Specs.openclaw(309, 33), new RuntimeSpec.Resources(0, 1, 1, 0));
        assertThatThrownBy(() -> k8s.driver.apply(noCpu)).isInstanceOf(InvalidInputException.class);

        assertThat(k8s.client.namespaces().withName("claw-u33").get()).isNull();
    }

    @Test
    void refusesANamespaceItDoesNotManage() {
        k8s.client.resource(new NamespaceBuilder().withNewMetadata().withName("claw-u34").endMetadata().build())
                .create();
        assertThatThrownBy(() -> k8s.driver.apply(Specs.openclaw(310, 34))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("not managed by ClawManager");
        assertThat(k8s.client.apps().deployments().inNamespace("claw-u34").list().getItems()).isEmpty();
    }

    @Test
    void copiesImagePullSecretsIntoUserNamespaces() {
        k8s.close();
        k8s = new DriverFixture(TestSettings.forMock("image-pull-secrets", "registry"));
        k8s.client.resource(new SecretBuilder().withNewMetadata().withName("registry").withNamespace(
                "clawmanager-system").endMetadata().withType("kubernetes.io/dockerconfigjson")
                .withData(Map.of(".dockerconfigjson", "e30=")).build()).create();

        k8s.driver.apply(Specs.openclaw(311, 35));

        var copy = k8s.client.secrets().inNamespace("claw-u35").withName("registry").get();
        assertThat(copy.getType()).isEqualTo("kubernetes.io/dockerconfigjson");
        assertThat(copy.getData()).containsEntry(".dockerconfigjson", "e30=");
        assertThat(deployment(35, 311).getSpec().getTemplate().getSpec().getImagePullSecrets())
                .singleElement().satisfies(r -> assertThat(r.getName()).isEqualTo("registry"));
    }

    @Test
    void aMissingPullSecretIsReportedNotIgnored() {
        k8s.close();
        k8s = new DriverFixture(TestSettings.forMock("image-pull-secrets", "absent"));
        assertThatThrownBy(() -> k8s.driver.apply(Specs.openclaw(312, 37)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("image pull secret absent does not exist");
    }

    @Test
    void aNamespaceDeletedBehindOurBackIsPreparedAgain() {
        k8s.close();
        k8s = new DriverFixture(new MockApiServer(true), TestSettings.forMock(), Clock.systemUTC());
        k8s.driver.apply(Specs.openclaw(313, 38));
        k8s.client.namespaces().withName("claw-u38").delete();
        k8s.client.rbac().roleBindings().inNamespace("claw-u38").withName("clawmanager-control-plane").delete();
        // what a real API server answers when the namespace is gone
        k8s.server.expect().post().withPath("/apis/apps/v1/namespaces/claw-u38/deployments")
                .andReturn(404, new StatusBuilder().withCode(404).withReason("NotFound")
                        .withMessage("namespaces \"claw-u38\" not found").build()).once();

        k8s.driver.apply(Specs.openclaw(314, 38));

        assertThat(k8s.client.namespaces().withName("claw-u38").get()).isNotNull();
        assertThat(k8s.client.rbac().roleBindings().inNamespace("claw-u38").withName("clawmanager-control-plane")
                .get()).isNotNull();
        assertThat(deployment(38, 314)).isNotNull();
    }

    private Deployment deployment(long ownerId, long instanceId) {
        return k8s.client.apps().deployments().inNamespace(DriverFixture.namespace(ownerId))
                .withName(InstanceNames.workload(instanceId)).get();
    }

    private Quantity storage(long instanceId) {
        return k8s.client.persistentVolumeClaims().inNamespace("claw-u31")
                .withName(InstanceNames.volumeClaim(instanceId)).get().getSpec().getResources().getRequests()
                .get("storage");
    }

    private static String digest(Deployment d) {
        return d.getSpec().getTemplate().getMetadata().getAnnotations().get("clawmanager.io/config-digest");
    }

    private int countObjects(long ownerId) {
        String ns = DriverFixture.namespace(ownerId);
        return k8s.client.apps().deployments().inNamespace(ns).list().getItems().size()
                + k8s.client.secrets().inNamespace(ns).list().getItems().size()
                + k8s.client.configMaps().inNamespace(ns).list().getItems().size()
                + k8s.client.services().inNamespace(ns).list().getItems().size()
                + k8s.client.network().v1().networkPolicies().inNamespace(ns).list().getItems().size()
                + k8s.client.persistentVolumeClaims().inNamespace(ns).list().getItems().size()
                + k8s.client.rbac().roleBindings().inNamespace(ns).list().getItems().size();
    }
}
