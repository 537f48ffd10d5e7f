package org.clawmanager.gateway.control;

/**
 * An upstream attempt failed. {@code status} is the upstream HTTP status (0 for connect failures and timeouts);
 * {@link #retryable()} says whether another deployment or a fallback may succeed.
 */
public class UpstreamException extends Exception {

    public enum Kind { CONNECT, TIMEOUT, STATUS, PROTOCOL }

    private final Kind kind;
    private final int status;
    private final String body;

    public UpstreamException(Kind kind, int status, String message, String body) {
        super(message, null, false, false);
        this.kind = kind;
        this.status = status;
        this.body = body;
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    /** The upstream's error body (bounded), passed to the client for non-retryable 4xx answers. */
    public String body() {
        return body;
    }

    public boolean retryable() {
        return kind != Kind.STATUS || status == 429 || status == 408 || status >= 500;
    }
}
