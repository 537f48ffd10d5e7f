package org.clawmanager.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import java.util.List;
import java.util.stream.Stream;

/** The security promises every rendered set of objects must keep (docs/security.md). */
final class Hardening {

    private Hardening() {
    }

    static void assertKept(List<HasMetadata> objects) {
        assertThat(KubernetesModel.unknownFields(objects)).isEmpty();
        for (PodSpec pod : Stream.concat(
                of(objects, Deployment.class).map(d -> d.getSpec().getTemplate().getSpec()),
                of(objects, StatefulSet.class).map(s -> s.getSpec().getTemplate().getSpec())).toList()) {
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            for (Container c : pod.getContainers()) {
                assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
                assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
                assertThat(c.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
                assertThat(c.getResources().getLimits()).containsKey("memory");
                assertThat(c.getImage()).doesNotEndWith(":latest").contains(":");
                assertThat(c.getEnv()).noneMatch(e -> e.getName().matches(".*(PASSWORD|SECRET|KEY).*")
                        && e.getValue() != null);
            }
        }
        assertThat(of(objects, ClusterRole.class).flatMap(r -> r.getRules().stream()))
                .allSatisfy(rule -> assertThat(rule.getVerbs()).doesNotContain("*"));
        // the only cluster-wide binding: its role must not reach Secrets
        assertThat(of(objects, ClusterRoleBinding.class)).singleElement().satisfies(b -> assertThat(
                b.getRoleRef().getName()).endsWith("-control-plane"));
        assertThat(of(objects, ClusterRole.class).filter(r -> r.getMetadata().getName().endsWith("-control-plane"))
                .flatMap(r -> r.getRules().stream())).isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.getResources()).doesNotContain("secrets"));
    }

    static <T> Stream<T> of(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast);
    }
}
