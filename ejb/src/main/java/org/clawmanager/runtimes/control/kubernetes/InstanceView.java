package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;

/**
 * Everything the caches hold about one instance at a moment: its Deployment and volume claim (null when absent),
 * its Pods and the Warning events about any of its objects.
 */
record InstanceView(long instanceId, Deployment deployment, PersistentVolumeClaim claim, List<Pod> pods,
                    List<Event> events) {

    boolean empty() {
        return deployment == null && claim == null && pods.isEmpty();
    }
}
