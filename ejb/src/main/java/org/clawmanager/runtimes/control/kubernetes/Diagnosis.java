package org.clawmanager.runtimes.control.kubernetes;

import org.clawmanager.runtimes.boundary.ObservedRuntime.Phase;

/**
 * A phase with its stable, machine-readable reason and a human message copied from Kubernetes. The reasons are
 * part of the API (docs/kubernetes.md, "Statuses and reasons"); the message is free text.
 */
record Diagnosis(Phase phase, String reason, String message) {

    static final String IMAGE_PULL_BACK_OFF = "ImagePullBackOff";
    static final String ERR_IMAGE_PULL = "ErrImagePull";
    static final String INVALID_IMAGE_NAME = "InvalidImageName";
    static final String CRASH_LOOP = "CrashLoopBackOff";
    static final String CONTAINER_CONFIG_ERROR = "CreateContainerConfigError";
    static final String CONTAINER_ERROR = "CreateContainerError";
    static final String UNSCHEDULABLE = "Unschedulable";
    static final String PVC_PENDING = "PVCPending";
    static final String QUOTA_EXCEEDED = "QuotaExceeded";
    static final String POD_SECURITY = "PodSecurityRejected";
    static final String FAILED_CREATE = "FailedCreate";
    static final String PROGRESS_DEADLINE = "ProgressDeadlineExceeded";
    static final String VOLUME_MOUNT = "VolumeMountFailed";
    static final String CONTAINER_CREATING = "ContainerCreating";
    static final String CREATING = "Creating";
    static final String STARTING = "Starting";
    static final String NOT_READY = "NotReady";
    static final String POD_FAILED = "PodFailed";
    static final String STOPPING = "Stopping";
    static final String DELETING = "Deleting";
    static final String WORKLOAD_MISSING = "WorkloadMissing";

    private static final int MAX_MESSAGE = 1000;

    Diagnosis {
        if (message != null && message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "...";
        }
    }

    static Diagnosis running() {
        return new Diagnosis(Phase.RUNNING, null, null);
    }

    static Diagnosis pending(String reason, String message) {
        return new Diagnosis(Phase.PENDING, reason, message);
    }

    static Diagnosis failed(String reason, String message) {
        return new Diagnosis(Phase.FAILED, reason, message);
    }
}
