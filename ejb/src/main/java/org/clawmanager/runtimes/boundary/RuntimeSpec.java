package org.clawmanager.runtimes.boundary;

import java.util.Map;

/**
 * Desired state of one instance's runtime as the driver must realise it.
 *
 * @param instanceId    stable id; drivers derive object names and labels from it
 * @param ownerId       owning user (Kubernetes: per-user namespace)
 * @param name          human name, for labels/annotations only
 * @param type          openclaw | hermes | custom | webtop | ubuntu | debian | centos
 * @param image         container image (Kubernetes) or ignored (local)
 * @param resources     requests = limits
 * @param env           environment overrides set by the user (never secrets of the platform)
 * @param secrets       platform secrets for the runtime: agent bootstrap token, gateway key (Kubernetes Secret,
 *                      local: process environment); never logged
 * @param storageClass  Kubernetes storage class, null for the cluster default
 * @param generation    increases with every change of the spec; drivers record it to detect stale objects
 * @param running       desired power state
 */
public record RuntimeSpec(long instanceId, long ownerId, String name, String type, String image, Resources resources,
                          Map<String, String> env, Map<String, String> secrets, String storageClass, long generation,
                          boolean running) {

    /** CPU in millicores, memory and disk in MiB, GPUs as a count. */
    public record Resources(int cpuMillicores, int memoryMiB, int diskGiB, int gpus) {
    }
}
