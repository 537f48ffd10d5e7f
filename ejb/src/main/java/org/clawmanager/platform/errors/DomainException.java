package org.clawmanager.platform.errors;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * Base of every business error. It names what went wrong in domain terms (a {@link ErrorKind} and a stable
 * {@code code}); the web and gateway WARs translate it to HTTP. The message must be safe to show to the
 * caller: no secrets, no stack traces, no SQL.
 *
 * <p>Marked as an application exception so EJB containers pass it through unwrapped and roll the
 * transaction back: nothing is half-written when a business rule rejects a request.
 */
@ApplicationException(inherited = true, rollback = true)
public class DomainException extends RuntimeException {

    private final ErrorKind kind;
    private final String code;
    private final transient Map<String, Object> details;

    public DomainException(ErrorKind kind, String code, String message) {
        this(kind, code, message, Map.of());
    }

    public DomainException(ErrorKind kind, String code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public ErrorKind kind() {
        return kind;
    }

    /** Stable, machine-readable identifier registered in docs/api-errors.md, e.g. {@code user-not-found}. */
    public String code() {
        return code;
    }

    /** Extra, safe-to-show members of the error (e.g. the quota that was exceeded). */
    public Map<String, Object> details() {
        return details;
    }
}
