package org.clawmanager.agent;

/** A non-success answer of the control plane: HTTP status and the problem's {@code code}. */
public class ProtocolException extends RuntimeException {

    private final int status;
    private final String code;

    public ProtocolException(int status, String code, String message) {
        super(status + " " + code + ": " + message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The session is gone (restart of the control plane's view, expiry): register again. */
    public boolean reRegister() {
        return status == 401;
    }

    /** A newer incarnation took over, or the instance is being deleted: this process must stop. */
    public boolean fatal() {
        return status == 403 || (status == 409 && "agent-epoch-stale".equals(code));
    }
}
