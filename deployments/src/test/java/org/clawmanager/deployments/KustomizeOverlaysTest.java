package org.clawmanager.deployments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kustomize base and overlays as kubectl renders them (kubectl is on the development and CI machines; the
 * test is skipped, not failed, where it is missing).
 */
class KustomizeOverlaysTest {

    private static final Path KUSTOMIZE = KubernetesModel.repositoryRoot().resolve("deployments/kubernetes");

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/k3s", "overlays/production"})
    void rendersHardenedObjectsWithKnownFieldsOnly(String kustomization) throws Exception {
        List<HasMetadata> objects = render(kustomization);

        Hardening.assertKept(objects);
        assertThat(objects).allSatisfy(o -> assertThat(o.getMetadata().getLabels())
                .containsEntry("app.kubernetes.io/part-of", "clawmanager"));
        Ports.assertExposed(objects, Ports.HTTP, Ports.GATEWAY);
        assertThat(Hardening.of(objects, Ingress.class).count()).isEqualTo(kustomization.endsWith("production") ? 1 : 0);
        Deployment controlPlane = Hardening.of(objects, Deployment.class).findFirst().orElseThrow();
        assertThat(controlPlane.getSpec().getReplicas()).isEqualTo(kustomization.endsWith("production") ? 3 : 2);
        ConfigMap config = Hardening.of(objects, ConfigMap.class).findFirst().orElseThrow();
        assertThat(config.getData()).containsEntry("CLAWMANAGER_RUNTIME_DRIVER", "kubernetes");
        assertThat(Hardening.of(objects, StatefulSet.class).count()).isEqualTo(kustomization.endsWith("k3s") ? 3 : 0);
        if (kustomization.endsWith("k3s")) {
            assertThat(config.getData()).containsEntry("CLAWMANAGER_KUBERNETES_STORAGE_CLASS", "local-path");
        }
    }

    private static List<HasMetadata> render(String kustomization) throws IOException, InterruptedException {
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", KUSTOMIZE.resolve(kustomization).toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException notInstalled) {
            assumeTrue(false, "kubectl is not installed");
            throw notInstalled;
        }
        String yaml = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(kubectl.exitValue()).as("kubectl kustomize " + kustomization).isZero();
        return KubernetesModel.parse(yaml);
    }
}
