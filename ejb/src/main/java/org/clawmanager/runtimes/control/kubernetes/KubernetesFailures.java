package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Map;
import org.clawmanager.platform.errors.DomainException;
import org.clawmanager.platform.errors.ErrorKind;

/**
 * Turns API-server failures into domain errors with stable codes (docs/api-errors.md). The message names the
 * action and quotes the API server's status message, which names objects and reasons but never Secret values.
 */
final class KubernetesFailures {

    static final String UNAVAILABLE = "kubernetes-unavailable";
    static final String FORBIDDEN = "kubernetes-forbidden";
    static final String QUOTA = "kubernetes-quota-exceeded";
    static final String CONFLICT = "kubernetes-conflict";
    static final String REJECTED = "kubernetes-rejected";
    /** 404 on a write: the namespace is gone (objects themselves are read with get(), which maps 404 to null). */
    static final String NOT_FOUND = "kubernetes-not-found";

    private static final int MAX_MESSAGE = 500;

    private KubernetesFailures() {
    }

    static DomainException translate(String action, KubernetesClientException e) {
        int code = e.getCode();
        String status = statusMessage(e);
        String message = action + ": " + status;
        if (status.contains("exceeded quota")) {
            return new DomainException(ErrorKind.QUOTA_EXCEEDED, QUOTA, message, Map.of("status", code));
        }
        return switch (code) {
            case 401, 403 -> new DomainException(ErrorKind.UNAVAILABLE, FORBIDDEN, message, Map.of("status", code));
            case 409 -> new DomainException(ErrorKind.CONFLICT, CONFLICT, message, Map.of("status", code));
            case 404 -> new DomainException(ErrorKind.UPSTREAM_FAILED, NOT_FOUND, message, Map.of("status", code));
            case 400, 422 -> new DomainException(ErrorKind.UPSTREAM_FAILED, REJECTED, message,
                    Map.of("status", code));
            default -> new DomainException(ErrorKind.UNAVAILABLE, UNAVAILABLE, message, Map.of("status", code));
        };
    }

    static DomainException unavailable(String message) {
        return new DomainException(ErrorKind.UNAVAILABLE, UNAVAILABLE, message);
    }

    private static String statusMessage(KubernetesClientException e) {
        String text = e.getStatus() != null && e.getStatus().getMessage() != null ? e.getStatus().getMessage()
                : e.getCode() <= 0 ? "the API server cannot be reached" : "HTTP " + e.getCode();
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "..." : text;
    }
}
