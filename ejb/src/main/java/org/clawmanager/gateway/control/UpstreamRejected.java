package org.clawmanager.gateway.control;

/**
 * The upstream refused the request for a reason retrying cannot fix (a 4xx other than 408/429): its status and
 * error body go to the client unchanged, because they describe the client's request.
 */
public class UpstreamRejected extends RuntimeException {

    private final int status;
    private final String body;

    public UpstreamRejected(int status, String body, String message) {
        super(message, null, false, false);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
