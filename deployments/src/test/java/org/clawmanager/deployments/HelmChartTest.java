package org.clawmanager.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingAdmissionPolicy;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Helm chart, linted and rendered by Helm itself (helm-java bundles Helm as a native library). */
class HelmChartTest {

    private static final Path CHART = KubernetesModel.repositoryRoot().resolve("deployments/helm/clawmanager");
    private static final String NS = "claw-system";

    @Test
    void lintsCleanInStrictMode() {
        LintResult lint = new Helm(CHART).lint().strict().call();
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @Test
    void rendersOnlyKnownFieldsAndHardenedPods() {
        Hardening.assertKept(render());
        Hardening.assertKept(render("bundled.enabled", "true"));
    }

    @Test
    void exposesTheHttpAndGatewayPortsAlikeAndRoutesV1ToTheGateway() {
        Ports.assertExposed(render(), Ports.HTTP, Ports.GATEWAY);
        List<HasMetadata> withIngress = render("ingress.enabled", "true");
        assertThat(of(withIngress, Ingress.class)).hasSize(1);
        Ports.assertExposed(withIngress, Ports.HTTP, Ports.GATEWAY);
        // one value moves the container port, the Service, the NetworkPolicy, the listener and the runtimes' URL
        Ports.assertExposed(render("service.gatewayPort", "9181", "ingress.enabled", "true"), Ports.HTTP, 9181);
        // the listener port cannot drift from the container port through config
        Ports.assertExposed(render("config.CLAWMANAGER_GATEWAY_LISTENER_PORT", "7000"), Ports.HTTP, Ports.GATEWAY);
    }

    @Test
    void generatesRandomSecretsAtInstallNeverFixedOnes() {
        Secret first = of(render(), Secret.class).findFirst().orElseThrow();
        Secret second = of(render(), Secret.class).findFirst().orElseThrow();

        assertThat(first.getMetadata().getAnnotations()).containsEntry("helm.sh/resource-policy", "keep");
        assertThat(first.getData().keySet()).contains("master-key", "db-password", "redis-url", "s3-access-key",
                "s3-secret-key", "keystore-password", "admin-password");
        assertThat(first.getData()).allSatisfy((key, value) -> assertThat(value).isNotBlank()
                .isNotEqualTo(second.getData().get(key)));
        byte[] masterKey = Base64.getDecoder().decode(decode(first.getData().get("master-key")));
        assertThat(masterKey).hasSize(32);
        assertThat(decode(first.getData().get("redis-url")))
                .isEqualTo("redis://:" + decode(first.getData().get("redis-password")) + "@redis." + NS + ".svc:6379/0");
    }

    @Test
    void anExistingSecretIsReferencedNotGenerated() {
        List<HasMetadata> objects = render("secrets.existingSecret", "my-secrets");
        assertThat(of(objects, Secret.class)).isEmpty();
        assertThat(of(objects, Deployment.class).findFirst().orElseThrow().getSpec().getTemplate().getSpec()
                .getContainers().get(0).getEnv()).filteredOn(e -> e.getValueFrom() != null)
                .allSatisfy(e -> assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("my-secrets"));
    }

    @Test
    void rbacConfigAndAdmissionPolicyAgreeOnNames() {
        List<HasMetadata> objects = render("kubernetesDriver.instanceImagePullSecrets[0]", "registry");
        String instanceRole = NS + "-clawmanager-instance-manager";
        ConfigMap config = of(objects, ConfigMap.class).findFirst().orElseThrow();
        assertThat(config.getData()).containsEntry("CLAWMANAGER_KUBERNETES_NAMESPACE_ROLE", instanceRole)
                .containsEntry("CLAWMANAGER_KUBERNETES_CONTROL_PLANE_NAMESPACE", NS)
                .containsEntry("CLAWMANAGER_KUBERNETES_IMAGE_PULL_SECRETS", "registry")
                .containsEntry("CLAWMANAGER_RUNTIME_DRIVER", "kubernetes");
        assertThat(of(objects, ClusterRole.class).flatMap(r -> r.getRules().stream())
                .filter(r -> r.getVerbs().contains("bind"))).singleElement()
                .satisfies(r -> assertThat(r.getResourceNames()).containsExactly(instanceRole));
        assertThat(of(objects, ClusterRole.class).map(r -> r.getMetadata().getName())).contains(instanceRole);
        assertThat(of(objects, Role.class)).singleElement().satisfies(r -> assertThat(r.getRules().get(0)
                .getResourceNames()).containsExactly("registry"));
        ValidatingAdmissionPolicy guard = of(objects, ValidatingAdmissionPolicy.class).findFirst().orElseThrow();
        assertThat(guard.getSpec().getMatchConditions().get(0).getExpression())
                .contains("system:serviceaccount:" + NS + ":clawmanager");
        assertThat(guard.getSpec().getValidations().get(0).getExpression()).contains(instanceRole)
                .contains("^claw-u[0-9]+$");
    }

    @Test
    void bundledServicesAreWiredToTheControlPlane() {
        List<HasMetadata> objects = render("bundled.enabled", "true");
        assertThat(of(objects, StatefulSet.class).map(s -> s.getMetadata().getName()))
                .containsExactlyInAnyOrder("mariadb", "redis", "minio");
        ConfigMap config = of(objects, ConfigMap.class).findFirst().orElseThrow();
        assertThat(config.getData()).containsEntry("CLAWMANAGER_DB_HOST", "mariadb." + NS + ".svc")
                .containsEntry("CLAWMANAGER_S3_ENDPOINT", "http://minio." + NS + ".svc:9000");
        assertThat(of(render(), StatefulSet.class)).isEmpty();
    }

    private static List<HasMetadata> render(String... values) {
        // rendered offline, like Argo CD would: no lookup of the Secret already in a cluster
        var template = new Helm(CHART).template().withName("cm").withNamespace(NS).withKubeVersion("1.31.0")
                .set("secrets.keepExisting", "false");
        for (int i = 0; i < values.length; i += 2) {
            template.set(values[i], values[i + 1]);
        }
        return KubernetesModel.parse(template.call());
    }

    private static <T> Stream<T> of(List<HasMetadata> objects, Class<T> type) {
        return Hardening.of(objects, type);
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
