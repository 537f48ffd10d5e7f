package org.clawmanager.deployments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The control plane's two ports, wired the same way everywhere: Liberty's HTTP port ({@code http}: console,
 * {@code /api}, {@code /v1}, health) and the gateway's data-plane listener ({@code gateway}: {@code /v1} only,
 * ADR 0009). Each is a named container port, a Service port targeting that name, allowed by the same ingress rule
 * of the NetworkPolicy, and configured by its variable; an Ingress sends {@code /v1} to {@code gateway}.
 */
final class Ports {

    static final int HTTP = 9080;
    static final int GATEWAY = 9081;

    private Ports() {
    }

    static void assertExposed(List<HasMetadata> objects, int httpPort, int gatewayPort) {
        Container container = named(objects, Deployment.class, "clawmanager").getSpec().getTemplate().getSpec()
                .getContainers().stream().filter(c -> c.getName().equals("clawmanager")).findFirst().orElseThrow();
        assertThat(container.getPorts()).extracting(ContainerPort::getName, ContainerPort::getContainerPort,
                        ContainerPort::getProtocol)
                .containsExactlyInAnyOrder(tuple("http", httpPort, "TCP"), tuple("gateway", gatewayPort, "TCP"));
        // the listener serves no health endpoints: every probe stays on Liberty's port
        assertThat(Stream.of(container.getStartupProbe(), container.getLivenessProbe(),
                container.getReadinessProbe())).allSatisfy(probe -> assertThat(port(probe)).isEqualTo("http"));

        Service service = named(objects, Service.class, "clawmanager");
        Map<String, ServicePort> servicePorts = service.getSpec().getPorts().stream()
                .collect(Collectors.toMap(ServicePort::getName, p -> p));
        assertThat(servicePorts).containsOnlyKeys("http", "gateway");
        assertThat(servicePorts.get("gateway").getPort()).isEqualTo(gatewayPort);
        assertThat(servicePorts.values()).allSatisfy(p -> {
            assertThat(p.getTargetPort().getStrVal()).isEqualTo(p.getName());
            assertThat(p.getProtocol()).isEqualTo("TCP");
        });

        // both ports in one rule: the gateway port is open to exactly the sources the HTTP port is open to
        NetworkPolicy policy = named(objects, NetworkPolicy.class, "clawmanager-ingress");
        assertThat(policy.getSpec().getIngress()).singleElement().satisfies(rule -> assertThat(ports(rule))
                .containsExactlyInAnyOrder("TCP/" + httpPort, "TCP/" + gatewayPort));

        ConfigMap config = named(objects, ConfigMap.class, "clawmanager-config");
        assertThat(config.getData()).containsEntry("CLAWMANAGER_HTTP_PORT", String.valueOf(httpPort))
                .containsEntry("CLAWMANAGER_GATEWAY_LISTENER_PORT", String.valueOf(gatewayPort))
                .containsEntry("CLAWMANAGER_HTTP_HOST", "0.0.0.0")   // the listener binds where Liberty binds
                .doesNotContainKey("CLAWMANAGER_GATEWAY_LISTENER_HOST");
        assertThat(config.getData().get("CLAWMANAGER_KUBERNETES_GATEWAY_URL"))
                .endsWith(".svc:" + servicePorts.get("gateway").getPort() + "/v1");

        for (Ingress ingress : Hardening.of(objects, Ingress.class).toList()) {
            assertThat(ingress.getSpec().getRules()).allSatisfy(rule -> assertThat(rule.getHttp().getPaths())
                    .extracting(HTTPIngressPath::getPath, HTTPIngressPath::getPathType,
                            p -> p.getBackend().getService().getName(),
                            p -> p.getBackend().getService().getPort().getName())
                    .containsExactlyInAnyOrder(tuple("/v1", "Prefix", "clawmanager", "gateway"),
                            tuple("/", "Prefix", "clawmanager", "http")));
        }
    }

    private static String port(Probe probe) {
        IntOrString port = probe.getHttpGet().getPort();
        return port.getStrVal() != null ? port.getStrVal() : String.valueOf(port.getIntVal());
    }

    private static List<String> ports(NetworkPolicyIngressRule rule) {
        return rule.getPorts().stream().map((NetworkPolicyPort p) -> p.getProtocol() + "/" + p.getPort().getIntVal())
                .toList();
    }

    private static <T extends HasMetadata> T named(List<HasMetadata> objects, Class<T> type, String name) {
        return Hardening.of(objects, type).filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + "/" + name));
    }
}
