package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clawmanager.runtimes.boundary.RuntimeSpec;

/**
 * Requests equal limits for every container, so instance Pods get the Guaranteed QoS class: they are the last to
 * be evicted under node pressure, and what the admin overview shows as requested is what they can use.
 */
final class ContainerResources {

    private static final String AGENT_SCRATCH = "256Mi";

    private final KubernetesSettings settings;

    ContainerResources(KubernetesSettings settings) {
        this.settings = settings;
    }

    ResourceRequirements runtime(RuntimeSpec.Resources size) {
        Map<String, Quantity> amounts = new LinkedHashMap<>();
        amounts.put("cpu", new Quantity(size.cpuMillicores() + "m"));
        amounts.put("memory", new Quantity(size.memoryMiB() + "Mi"));
        amounts.put("ephemeral-storage", new Quantity(settings.pods().scratchStorage()));
        if (size.gpus() > 0) {
            amounts.put(settings.pods().gpuResource(), new Quantity(Integer.toString(size.gpus())));
        }
        return equal(amounts);
    }

    ResourceRequirements agent() {
        Map<String, Quantity> amounts = new LinkedHashMap<>();
        amounts.put("cpu", new Quantity(settings.pods().agentCpu()));
        amounts.put("memory", new Quantity(settings.pods().agentMemory()));
        amounts.put("ephemeral-storage", new Quantity(AGENT_SCRATCH));
        return equal(amounts);
    }

    private static ResourceRequirements equal(Map<String, Quantity> amounts) {
        return new ResourceRequirementsBuilder().withRequests(new LinkedHashMap<>(amounts))
                .withLimits(new LinkedHashMap<>(amounts)).build();
    }
}
