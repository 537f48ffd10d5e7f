package org.clawmanager.identity.entity;

import jakarta.ejb.ApplicationException;
import org.clawmanager.platform.errors.AuthenticationException;

/**
 * Wrong or unusable credentials. Does not roll back: the work done while rejecting them (revoking a session whose
 * refresh token was replayed) must stay done.
 */
@ApplicationException(inherited = true, rollback = false)
public class CredentialsRejectedException extends AuthenticationException {

    public CredentialsRejectedException(String code, String message) {
        super(code, message);
    }
}
