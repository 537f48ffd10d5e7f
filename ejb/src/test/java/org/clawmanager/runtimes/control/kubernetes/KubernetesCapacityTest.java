package org.clawmanager.runtimes.control.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.time.Duration;
import java.util.Map;
import org.clawmanager.runtimes.boundary.Capacity;
import org.junit.jupiter.api.Test;

/** Node allocatable versus requests of the Pods on each node, from the caches. */
class KubernetesCapacityTest {

    @Test
    void countsEveryPodOnANodeTheWayTheSchedulerDoes() {
        try (DriverFixture k8s = new DriverFixture(TestSettings.forMock())) {
            k8s.kubelet.node("node-a", "4", "16Gi", "100Gi", 2, true);
            k8s.kubelet.node("node-b", "8", "32Gi", "200Gi", 0, false);
            k8s.driver.apply(Specs.openclaw(601, 61));
            k8s.kubelet.createPod("claw-u61", 601, "node-a");
            // someone else's Pod: its init container asks for more CPU than its app container
            k8s.client.resource(new PodBuilder().withNewMetadata().withName("web").withNamespace("shop").endMetadata()
                    .withNewSpec().withNodeName("node-a")
                    .addNewInitContainer().withName("migrate").withImage("m").withNewResources()
                    .addToRequests("cpu", new Quantity("1")).endResources().endInitContainer()
                    .addNewContainer().withName("web").withImage("w").withNewResources()
                    .addToRequests(Map.of("cpu", new Quantity("500m"), "memory", new Quantity("1Gi")))
                    .endResources().endContainer().endSpec().build()).create();
            var finished = k8s.client.resource(new PodBuilder().withNewMetadata().withName("job").withNamespace("shop")
                    .endMetadata().withNewSpec().withNodeName("node-a").addNewContainer().withName("j").withImage("j")
                    .withNewResources().addToRequests("cpu", new Quantity("3")).endResources().endContainer()
                    .endSpec().build()).create();
            finished.setStatus(new PodStatusBuilder().withPhase("Succeeded").build());
            k8s.client.resource(finished).updateStatus();
            k8s.client.resource(new PodBuilder().withNewMetadata().withName("batch").withNamespace("shop")
                    .endMetadata().withNewSpec().withNodeName("node-b").addNewContainer().withName("b").withImage("b")
                    .withNewResources().addToLimits("cpu", new Quantity("1")).endResources().endContainer()
                    .endSpec().build()).create();

            await().atMost(Duration.ofSeconds(10)).until(() -> k8s.driver.capacity().nodes().size() == 2
                    && k8s.driver.capacity().nodes().get(0).instances() == 1
                    && k8s.driver.capacity().nodes().get(1).cpuMillicoresRequested() == 1000);
            Capacity capacity = k8s.driver.capacity();

            assertThat(capacity.driver()).isEqualTo("kubernetes");
            Capacity.Node a = capacity.nodes().get(0);
            assertThat(a.name()).isEqualTo("node-a");
            assertThat(a.ready()).isTrue();
            assertThat(a.cpuMillicoresAllocatable()).isEqualTo(4000);
            assertThat(a.cpuMillicoresRequested()).isEqualTo(2000 + 100 + 1000);
            assertThat(a.memoryMiBAllocatable()).isEqualTo(16384);
            assertThat(a.memoryMiBRequested()).isEqualTo(4096 + 192 + 1024);
            assertThat(a.diskGiBAllocatable()).isEqualTo(100);
            assertThat(a.diskGiBRequested()).isEqualTo(2); // 2 GiB + 256 MiB of scratch space, rounded down
            assertThat(a.gpusAllocatable()).isEqualTo(2);
            assertThat(a.gpusRequested()).isZero();
            assertThat(a.instances()).isEqualTo(1);
            Capacity.Node b = capacity.nodes().get(1);
            assertThat(b.ready()).isFalse();
            assertThat(b.cpuMillicoresAllocatable()).isEqualTo(8000);
            assertThat(b.instances()).isZero();
        }
    }
}
