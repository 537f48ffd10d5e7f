package org.clawmanager.runtimes.boundary;

import java.util.List;

/** Requested versus allocatable resources, per node (Kubernetes) or for this host (local driver). */
public record Capacity(String driver, List<Node> nodes) {

    public record Node(String name, boolean ready, int cpuMillicoresAllocatable, int cpuMillicoresRequested,
                       long memoryMiBAllocatable, long memoryMiBRequested, long diskGiBAllocatable,
                       long diskGiBRequested, int gpusAllocatable, int gpusRequested, int instances) {
    }
}
