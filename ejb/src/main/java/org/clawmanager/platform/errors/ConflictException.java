package org.clawmanager.platform.errors;

/** The request is valid but clashes with the current state (duplicate name, wrong lifecycle state, ...). */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(ErrorKind.CONFLICT, code, message);
    }
}
