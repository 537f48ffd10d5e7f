package org.clawmanager.runtimes.control.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.clawmanager.platform.errors.DomainException;
import org.clawmanager.platform.errors.ErrorKind;
import org.clawmanager.platform.errors.InvalidInputException;
import org.clawmanager.runtimes.boundary.RuntimeSpec;
import org.junit.jupiter.api.Test;

/** Names, settings, validation, error translation and listener dispatch. */
class KubernetesUnitsTest {

    @Test
    void namesRoundTripAndOnlyOurNamespacesAreManaged() {
        InstanceNames names = new InstanceNames("claw");
        assertThat(names.namespace(42)).isEqualTo("claw-u42");
        assertThat(names.isManagedNamespace("claw-u42")).isTrue();
        assertThat(names.isManagedNamespace("claw-u")).isFalse();
        assertThat(names.isManagedNamespace("claw-uadmin")).isFalse();
        assertThat(names.isManagedNamespace("kube-system")).isFalse();
        assertThat(names.isManagedNamespace(null)).isFalse();
        assertThat(InstanceNames.instanceOf("claw-7")).isEqualTo(OptionalLong.of(7));
        assertThat(InstanceNames.instanceOf("claw-7-5d9c8-x2k4p")).isEqualTo(OptionalLong.of(7));
        assertThat(InstanceNames.instanceOf("claw-7-workspace")).isEqualTo(OptionalLong.of(7));
        assertThat(InstanceNames.instanceOf("claw-x")).isEmpty();
        assertThat(InstanceNames.instanceOf("coredns-7")).isEmpty();
        assertThat(InstanceNames.instanceOf("claw-99999999999999999999")).isEmpty();
    }

    @Test
    void settingsComeFromTheShippedDefaults() {
        KubernetesSettings s = TestSettings.with();
        assertThat(s.connection().masterUrl()).isEmpty();
        assertThat(s.connection().resync()).isEqualTo(Duration.ofMinutes(5));
        assertThat(s.connection().eventsFieldSelector()).isEqualTo("type=Warning");
        assertThat(s.placement().namespacePrefix()).isEqualTo("claw");
        assertThat(s.placement().namespaceRole()).contains("clawmanager-instance-manager");
        assertThat(s.network().gatewayUrl()).isEqualTo(URI.create("http://clawmanager.clawmanager-system.svc:9080/v1"));
        assertThat(s.network().controlPlanePort()).isEqualTo(9080);
        assertThat(s.network().controlPlaneSelector()).isEqualTo(Map.of("app.kubernetes.io/name", "clawmanager"));
        assertThat(s.pods().runtimePort("hermes")).isEqualTo(8642);
        assertThat(s.pods().runtimePort("unknown-type")).isEqualTo(8080);
        assertThat(s.pods().writableRootTypes()).contains("webtop").doesNotContain("openclaw");
    }

    @Test
    void settingsOverridesAndBadValuesAreReported() {
        KubernetesSettings s = TestSettings.with("control-plane.url", "https://cp.example:8443/",
                "namespace-role", "", "image-pull-secrets", " a , b ,");
        assertThat(s.network().gatewayUrl()).isEqualTo(URI.create("https://cp.example:8443/v1"));
        assertThat(s.network().controlPlanePort()).isEqualTo(8443);
        assertThat(s.placement().namespaceRole()).isEmpty();
        assertThat(s.placement().imagePullSecrets()).containsExactly("a", "b");
        assertThat(TestSettings.with("control-plane.url", "https://cp.example/").network().controlPlanePort())
                .isEqualTo(443);
        assertThatThrownBy(() -> TestSettings.with("dns.selector", "k8s-app")).hasMessageContaining("name=value");
        assertThatThrownBy(() -> TestSettings.with("agent.image", " ")).hasMessageContaining("agent.image");
        assertThatThrownBy(() -> TestSettings.with("events.field-selector", "Warning"))
                .hasMessageContaining("field=value");
    }

    @Test
    void validationListsEveryProblem() {
        RuntimeSpec bad = new RuntimeSpec(0, -1, "x", "Open Claw", "", new RuntimeSpec.Resources(100, 0, 1, -1),
                Map.of("1X", "y"), Map.of("bad key", "z"), "Not_A_Class", 1, true);
        assertThatThrownBy(() -> SpecValidation.check(bad)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((List<?>) ((InvalidInputException) e).details().get("errors")))
                        .hasSize(8));
        SpecValidation.check(Specs.openclaw(1, 1));
    }

    @Test
    void apiFailuresBecomeDomainErrors() {
        assertThat(translate(403, "deployments.apps is forbidden: User cannot create")).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
            assertThat(e.code()).isEqualTo("kubernetes-forbidden");
            assertThat(e.getMessage()).isEqualTo("write x: deployments.apps is forbidden: User cannot create");
        });
        assertThat(translate(403, "persistentvolumeclaims \"c\" is forbidden: exceeded quota: storage").kind())
                .isEqualTo(ErrorKind.QUOTA_EXCEEDED);
        assertThat(translate(409, "conflict").code()).isEqualTo("kubernetes-conflict");
        assertThat(translate(422, "invalid").code()).isEqualTo("kubernetes-rejected");
        assertThat(translate(404, "namespaces \"claw-u9\" not found").code()).isEqualTo("kubernetes-not-found");
        assertThat(translate(500, "etcd timeout").code()).isEqualTo("kubernetes-unavailable");
        assertThat(KubernetesFailures.translate("read", new KubernetesClientException("connect refused"))
                .getMessage()).isEqualTo("read: the API server cannot be reached");
        assertThat(translate(500, "y".repeat(2000)).getMessage()).hasSizeLessThan(520);
    }

    @Test
    void listenersRunInOrderAndOneFailureDoesNotStopTheOthers() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            SerialDispatch dispatch = new SerialDispatch(pool);
            List<Integer> seen = new ArrayList<>();
            CountDownLatch done = new CountDownLatch(1);
            for (int i = 0; i < 500; i++) {
                int n = i;
                dispatch.submit(() -> {
                    if (n == 10) {
                        throw new IllegalStateException("listener bug");
                    }
                    seen.add(n);
                    if (n == 499) {
                        done.countDown();
                    }
                });
            }
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(seen).hasSize(499).isSorted().doesNotContain(10);
        } finally {
            pool.shutdownNow();
        }
    }

    private static DomainException translate(int code, String message) {
        return KubernetesFailures.translate("write x", new KubernetesClientException(
                new StatusBuilder().withCode(code).withMessage(message).build()));
    }
}
