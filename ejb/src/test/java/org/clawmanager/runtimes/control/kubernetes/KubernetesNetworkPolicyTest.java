package org.clawmanager.runtimes.control.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-instance NetworkPolicy: egress only to DNS, the control plane/gateway and allowed CIDRs. */
class KubernetesNetworkPolicyTest {

    @Test
    void egressIsDeniedExceptDnsAndTheControlPlane() {
        try (DriverFixture k8s = new DriverFixture(TestSettings.forMock())) {
            k8s.driver.apply(Specs.openclaw(201, 21));
            NetworkPolicy policy = policy(k8s, 21, 201);

            assertThat(policy.getSpec().getPodSelector().getMatchLabels())
                    .containsEntry("clawmanager.io/instance-id", "201");
            assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            List<NetworkPolicyEgressRule> egress = policy.getSpec().getEgress();
            assertThat(egress).hasSize(2);
            NetworkPolicyEgressRule dns = egress.get(0);
            assertThat(dns.getTo()).singleElement().satisfies(peer -> {
                assertThat(peer.getNamespaceSelector().getMatchLabels())
                        .isEqualTo(Map.of("kubernetes.io/metadata.name", "kube-system"));
                assertThat(peer.getPodSelector().getMatchLabels()).isEqualTo(Map.of("k8s-app", "kube-dns"));
            });
            assertThat(dns.getPorts()).extracting(NetworkPolicyPort::getProtocol).containsExactly("UDP", "TCP");
            assertThat(dns.getPorts()).allSatisfy(p -> assertThat(p.getPort().getIntVal()).isEqualTo(53));
            NetworkPolicyEgressRule controlPlane = egress.get(1);
            assertThat(controlPlane.getTo()).singleElement().satisfies(peer -> {
                assertThat(peer.getNamespaceSelector().getMatchLabels())
                        .isEqualTo(Map.of("kubernetes.io/metadata.name", "clawmanager-system"));
                assertThat(peer.getPodSelector().getMatchLabels())
                        .isEqualTo(Map.of("app.kubernetes.io/name", "clawmanager"));
                assertThat(peer.getIpBlock()).isNull();
            });
            assertThat(controlPlane.getPorts()).singleElement()
                    .satisfies(p -> assertThat(p.getPort().getIntVal()).isEqualTo(9080));
            assertThat(egress).allSatisfy(rule -> assertThat(rule.getTo()).isNotEmpty());
            assertThat(policy.getSpec().getIngress()).singleElement().satisfies(rule -> {
                assertThat(rule.getFrom()).singleElement().satisfies(peer -> assertThat(peer.getPodSelector()
                        .getMatchLabels()).isEqualTo(Map.of("app.kubernetes.io/name", "clawmanager")));
                assertThat(rule.getPorts()).singleElement()
                        .satisfies(p -> assertThat(p.getPort().getIntVal()).isEqualTo(18789));
            });
        }
    }

    @Test
    void separateGatewayPortAndAllowedCidrsAreOpenedExplicitly() {
        KubernetesSettings settings = TestSettings.forMock("gateway.url", "https://clawmanager.clawmanager-system.svc:9443/v1",
                "egress.allowed-cidrs", "10.20.0.0/16, 192.0.2.10/32");
        try (DriverFixture k8s = new DriverFixture(settings)) {
            k8s.driver.apply(Specs.openclaw(202, 21));
            List<NetworkPolicyEgressRule> egress = policy(k8s, 21, 202).getSpec().getEgress();

            assertThat(egress.get(1).getPorts()).extracting(p -> p.getPort().getIntVal()).containsExactly(9080, 9443);
            assertThat(egress.subList(2, egress.size())).extracting(r -> r.getTo().get(0).getIpBlock().getCidr())
                    .containsExactly("10.20.0.0/16", "192.0.2.10/32");
            assertThat(KubernetesApplyTest.env(KubernetesApplyTest.container(k8s.client.apps().deployments()
                    .inNamespace("claw-u21").withName("claw-202").get().getSpec().getTemplate().getSpec(),
                    "runtime"), "OPENAI_BASE_URL").getValue()).isEqualTo("https://clawmanager.clawmanager-system.svc:9443/v1");
        }
    }

    private static NetworkPolicy policy(DriverFixture k8s, long ownerId, long instanceId) {
        return k8s.client.network().v1().networkPolicies().inNamespace(DriverFixture.namespace(ownerId))
                .withName(InstanceNames.workload(instanceId)).get();
    }
}
