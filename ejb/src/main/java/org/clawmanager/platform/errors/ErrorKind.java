package org.clawmanager.platform.errors;

/** The category of a business error; each WAR maps a kind to one HTTP status. */
public enum ErrorKind {
    INVALID_INPUT,
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    QUOTA_EXCEEDED,
    PAYLOAD_TOO_LARGE,
    RATE_LIMITED,
    UNAVAILABLE,
    UPSTREAM_FAILED,
    UPSTREAM_TIMEOUT
}
