package org.clawmanager.platform.errors;

/** Credentials are missing, wrong, expired or revoked. The message never says which of these it was. */
public class AuthenticationException extends DomainException {

    public AuthenticationException(String code, String message) {
        super(ErrorKind.UNAUTHENTICATED, code, message);
    }
}
