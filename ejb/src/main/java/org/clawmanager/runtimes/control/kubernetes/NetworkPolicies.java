package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clawmanager.runtimes.boundary.RuntimeSpec;

/**
 * Network isolation, secure by default (ClawManager deleted its egress policy and gave Pods an open proxy; we do
 * the opposite). Every user namespace denies all traffic in both directions; each instance's own policy then opens
 * exactly: DNS, the control plane (agent protocol) and the AI gateway, plus CIDRs an operator explicitly allows;
 * and lets only the control plane reach the runtime port (for console access to the instance).
 */
final class NetworkPolicies {

    static final String NAMESPACE_DEFAULT_DENY = "default-deny";
    private static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

    private final KubernetesSettings.Network network;
    private final KubernetesSettings settings;

    NetworkPolicies(KubernetesSettings settings) {
        this.settings = settings;
        this.network = settings.network();
    }

    /** Denies all ingress and egress for every Pod of the namespace unless another policy allows it. */
    NetworkPolicy namespaceDefaultDeny(String namespace, Map<String, String> labels) {
        return new NetworkPolicyBuilder()
                .withNewMetadata().withName(NAMESPACE_DEFAULT_DENY).withNamespace(namespace).withLabels(labels)
                .endMetadata()
                .withNewSpec().withPodSelector(new LabelSelector()).withPolicyTypes("Ingress", "Egress").endSpec()
                .build();
    }

    NetworkPolicy instance(RuntimeSpec spec, String namespace) {
        NetworkPolicyPeer controlPlane = peer(network.controlPlaneNamespace(), network.controlPlaneSelector());
        List<NetworkPolicyEgressRule> egress = new ArrayList<>();
        egress.add(new NetworkPolicyEgressRuleBuilder()
                .withTo(peer(network.dnsNamespace(), network.dnsSelector()))
                .withPorts(port("UDP", 53), port("TCP", 53)).build());
        Set<Integer> controlPlanePorts = new LinkedHashSet<>(List.of(network.controlPlanePort(),
                network.gatewayPort()));
        egress.add(new NetworkPolicyEgressRuleBuilder().withTo(controlPlane)
                .withPorts(controlPlanePorts.stream().map(p -> port("TCP", p)).toList()).build());
        for (String cidr : network.egressCidrs()) {
            egress.add(new NetworkPolicyEgressRuleBuilder().addNewTo().withNewIpBlock().withCidr(cidr).endIpBlock()
                    .endTo().build());
        }
        int runtimePort = settings.pods().runtimePort(spec.type());
        return new NetworkPolicyBuilder()
                .withNewMetadata().withName(InstanceNames.workload(spec.instanceId())).withNamespace(namespace)
                .withLabels(InstanceLabels.of(spec)).withAnnotations(InstanceLabels.annotations(spec)).endMetadata()
                .withNewSpec()
                .withNewPodSelector().withMatchLabels(InstanceLabels.selector(spec.instanceId())).endPodSelector()
                .withPolicyTypes("Ingress", "Egress")
                .addNewIngress().withFrom(controlPlane).withPorts(port("TCP", runtimePort)).endIngress()
                .withEgress(egress)
                .endSpec()
                .build();
    }

    private static NetworkPolicyPeer peer(String namespace, Map<String, String> podLabels) {
        // kubernetes.io/metadata.name is set by the API server on every namespace (1.21+) and cannot be forged
        LabelSelector namespaces = new LabelSelectorBuilder().withMatchLabels(Map.of(NAMESPACE_NAME_LABEL, namespace))
                .build();
        return new NetworkPolicyPeerBuilder().withNamespaceSelector(namespaces)
                .withPodSelector(new LabelSelectorBuilder().withMatchLabels(podLabels).build()).build();
    }

    private static NetworkPolicyPort port(String protocol, int port) {
        return new NetworkPolicyPortBuilder().withProtocol(protocol).withPort(new IntOrString(port)).build();
    }
}
