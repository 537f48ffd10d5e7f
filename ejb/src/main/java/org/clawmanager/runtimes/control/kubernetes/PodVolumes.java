package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.clawmanager.runtimes.boundary.RuntimeSpec;

/** The volumes of an instance Pod: the workspace claim, bounded scratch space, the instance config, /dev/shm. */
final class PodVolumes {

    static final String WORKSPACE = "workspace";
    static final String RUNTIME_TMP = "runtime-tmp";
    static final String AGENT_TMP = "agent-tmp";
    static final String CONFIG = "instance-config";
    static final String SHM = "dshm";
    static final String INSTANCE_FILE = "instance.json";

    private final KubernetesSettings settings;

    PodVolumes(KubernetesSettings settings) {
        this.settings = settings;
    }

    List<Volume> volumes(RuntimeSpec spec) {
        String name = InstanceNames.workload(spec.instanceId());
        Quantity scratch = new Quantity(settings.pods().scratchStorage());
        List<Volume> volumes = new ArrayList<>(List.of(
                new VolumeBuilder().withName(WORKSPACE).withNewPersistentVolumeClaim()
                        .withClaimName(InstanceNames.volumeClaim(spec.instanceId())).endPersistentVolumeClaim().build(),
                // read-only root filesystems need somewhere to write temporary files; size-limited so a runaway
                // process is evicted instead of filling the node's disk
                new VolumeBuilder().withName(RUNTIME_TMP).withNewEmptyDir().withSizeLimit(scratch).endEmptyDir()
                        .build(),
                new VolumeBuilder().withName(AGENT_TMP).withNewEmptyDir().withSizeLimit(new Quantity("256Mi"))
                        .endEmptyDir().build(),
                // only the instance description is mounted; user environment values stay environment variables
                new VolumeBuilder().withName(CONFIG).withNewConfigMap().withName(name).withDefaultMode(0444)
                        .addNewItem().withKey(INSTANCE_FILE).withPath(INSTANCE_FILE).endItem().endConfigMap()
                        .build()));
        if (settings.pods().desktopTypes().contains(spec.type())) {
            // browsers in desktop images crash with the default 64 MiB /dev/shm
            volumes.add(new VolumeBuilder().withName(SHM).withNewEmptyDir().withMedium("Memory")
                    .withSizeLimit(new Quantity("1Gi")).endEmptyDir().build());
        }
        return volumes;
    }
}
