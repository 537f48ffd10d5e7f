package org.clawmanager.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plain manifests in deployments/kubernetes, read with the Kubernetes object model: every field must be known
 * to it (a misspelt field would otherwise be dropped silently by a lenient apply), and the RBAC must grant the
 * driver what it uses and nothing it does not (deployments/validate.py checks rendering and hardening).
 */
class DeploymentManifestsTest {

    private static final Path MANIFESTS = KubernetesModel.repositoryRoot().resolve("deployments/kubernetes");

    @Test
    void everyFieldIsKnownToTheKubernetesModel() throws IOException {
        List<HasMetadata> objects = objects();
        assertThat(objects).hasSizeGreaterThan(20);
        assertThat(KubernetesModel.unknownFields(objects)).isEmpty();
    }

    @Test
    void theInstanceRoleCoversWhatTheDriverWritesAndCannotListSecrets() throws IOException {
        ClusterRole role = objects().stream().filter(o -> o instanceof ClusterRole
                        && o.getMetadata().getName().equals("clawmanager-instance-manager"))
                .map(ClusterRole.class::cast).findFirst().orElseThrow();
        for (String resource : List.of("deployments", "secrets", "configmaps", "services", "persistentvolumeclaims",
                "networkpolicies")) {
            assertThat(verbs(role, resource)).as(resource)
                    .contains("get", "create", "update", "delete", "deletecollection")
                    .doesNotContain("*", "list", "watch", "patch", "escalate", "bind");
        }
        ClusterRole controlPlane = objects().stream().filter(o -> o instanceof ClusterRole
                        && o.getMetadata().getName().equals("clawmanager-control-plane"))
                .map(ClusterRole.class::cast).findFirst().orElseThrow();
        assertThat(verbs(controlPlane, "secrets")).isEmpty();
        assertThat(verbs(controlPlane, "namespaces")).containsExactlyInAnyOrder("get", "list", "watch", "create");
        assertThat(controlPlane.getRules()).filteredOn(r -> r.getVerbs().contains("bind")).singleElement()
                .satisfies(r -> assertThat(r.getResourceNames()).containsExactly("clawmanager-instance-manager"));
    }

    @Test
    void theHttpAndGatewayPortsAreExposedAlikeAndByTheImage() throws IOException {
        Ports.assertExposed(objects(), Ports.HTTP, Ports.GATEWAY);
        String dockerfile = Files.readString(MANIFESTS.resolveSibling("container/Dockerfile"));
        assertThat(dockerfile.lines().filter(l -> l.startsWith("EXPOSE ")))
                .containsExactly("EXPOSE " + Ports.HTTP + " " + Ports.GATEWAY);
    }

    private static Set<String> verbs(ClusterRole role, String resource) {
        return Set.copyOf(role.getRules().stream().filter(r -> r.getResources().contains(resource))
                .map(PolicyRule::getVerbs).flatMap(List::stream).toList());
    }

    private static List<HasMetadata> objects() throws IOException {
        List<HasMetadata> objects = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MANIFESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml")).sorted().toList()) {
                objects.addAll(KubernetesModel.parse(Files.readString(file)));
            }
        }
        return objects;
    }
}
