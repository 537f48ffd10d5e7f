package org.clawmanager.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.clawmanager.audit.boundary.AuditEvent;
import org.clawmanager.audit.boundary.AuditLog;
import org.clawmanager.identity.control.LoginThrottle;
import org.clawmanager.identity.control.PasswordHasher;
import org.clawmanager.identity.control.SessionRevocations;
import org.clawmanager.identity.control.Sessions;
import org.clawmanager.identity.control.SigningKeys;
import org.clawmanager.identity.control.TokenIssuer;
import org.clawmanager.identity.entity.CredentialsRejectedException;
import org.clawmanager.identity.entity.User;
import org.clawmanager.platform.caller.Caller;
import org.clawmanager.platform.caller.CallerContext;
import org.clawmanager.platform.errors.InvalidInputException;

/** Logging in and out, refreshing tokens, changing one's own password. */
@Stateless
public class Authentication {

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginThrottle throttle;

    @Inject
    Sessions sessions;

    @Inject
    TokenIssuer tokens;

    @Inject
    SigningKeys keys;

    @Inject
    SessionRevocations revocations;

    @Inject
    CallerContext callerContext;

    @Inject
    Clock clock;

    @Inject
    Event<AuditEvent> audit;

    @EJB
    AuditLog auditLog;

    @PermitAll
    public TokenPair login(@Valid @NotNull LoginRequest request) {
        Caller caller = callerContext.get();
        String name = request.username().trim().toLowerCase(java.util.Locale.ROOT);
        String password = request.password();
        throttle.checkAllowed(name, caller.sourceIp());
        Optional<User> found = em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", name)
                .getResultStream().findFirst();
        if (found.isEmpty() || found.get().passwordHash() == null) {
            hasher.burnEquivalentTime(password);
            rejectLogin(name, caller, "unknown user or no local password");
        }
        User user = found.get();
        if (!hasher.verify(password, user.passwordHash())) {
            rejectLogin(name, caller, "wrong password");
        }
        if (!user.isActive()) {
            rejectLogin(name, caller, "account disabled");
        }
        throttle.recordSuccess(name);
        if (hasher.needsRehash(user.passwordHash())) {
            user.setPasswordHash(hasher.hash(password), user.passwordChangedAt());
        }
        user.recordLogin(clock.instant());
        Sessions.Opened opened = sessions.open(user.id(), caller.sourceIp(), caller.userAgent());
        // from here on this request acts for the user: the audit entry names them, not "anonymous"
        callerContext.set(new Caller(user.id(), user.username(), user.role().wire(), opened.session().id(),
                caller.sourceIp(), caller.userAgent(), caller.requestId()));
        audit.fire(new AuditEvent("auth.login", "user", String.valueOf(user.id()), "logged in", null, null));
        return pair(user, opened);
    }

    private void rejectLogin(String name, Caller caller, String why) {
        throttle.recordFailure(name, caller.sourceIp());
        auditLog.recordFailure(new AuditEvent("auth.login", "user", name, "login rejected: " + why, null, null),
                new Caller(null, name.isEmpty() ? "anonymous" : name, null, null, caller.sourceIp(),
                        caller.userAgent(), caller.requestId()));
        throw new CredentialsRejectedException("invalid-credentials", "username or password is wrong");
    }

    private TokenPair openSession(User user, Caller caller) {
        Sessions.Opened opened = sessions.open(user.id(), caller.sourceIp(), caller.userAgent());
        return pair(user, opened);
    }

    private TokenPair pair(User user, Sessions.Opened opened) {
        return new TokenPair(tokens.issue(user, opened.session().id()), opened.refreshToken(),
                tokens.accessTtl().toSeconds(), sessions.refreshTtl().toSeconds(), "Bearer", UserView.of(user));
    }

    @PermitAll
    public TokenPair refresh(@Valid @NotNull RefreshRequest request) {
        Sessions.Opened opened = sessions.rotate(request.refreshToken()).orElseThrow(() ->
                new CredentialsRejectedException("invalid-refresh-token", "refresh token is invalid, expired or revoked"));
        User user = em.find(User.class, opened.session().userId());
        if (user == null || !user.isActive()) {
            sessions.revoke(opened.session().id(), "account-disabled");
            throw new CredentialsRejectedException("invalid-refresh-token", "refresh token is invalid, expired or revoked");
        }
        return pair(user, opened);
    }

    /** Ends the caller's current session; its access and refresh tokens stop working at once. */
    @RolesAllowed({"admin", "operator", "user"})
    public void logout() {
        Caller caller = callerContext.get();
        if (caller.sessionId() != null) {
            sessions.revoke(caller.sessionId(), "logout");
            audit.fire(new AuditEvent("auth.logout", "session", caller.sessionId(), "logged out", null, null));
        }
    }

    /** Sets a new password, ends every session of the user (all devices) and opens a fresh one for the caller. */
    @RolesAllowed({"admin", "operator", "user"})
    public TokenPair changePassword(@Valid @NotNull ChangePasswordRequest request) {
        String currentPassword = request.currentPassword();
        String newPassword = request.newPassword();
        Caller caller = callerContext.get();
        User user = em.find(User.class, caller.userId());
        if (user == null || user.passwordHash() == null || !hasher.verify(currentPassword, user.passwordHash())) {
            throw new InvalidInputException("currentPassword", "is not the current password");
        }
        String weakness = PasswordHasher.checkStrength(newPassword);
        if (weakness != null) {
            throw new InvalidInputException("newPassword", weakness);
        }
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("newPassword", "must differ from the current password");
        }
        user.setPasswordHash(hasher.hash(newPassword), clock.instant());
        int ended = sessions.revokeAllOf(user.id(), "password-changed");
        audit.fire(AuditEvent.changed("user.password.change", "user", user.id(),
                "password changed; " + ended + " session(s) ended", null, Map.of("sessionsEnded", ended)));
        return openSession(user, caller);
    }

    /** Whether the login session behind an access token is still valid (not logged out, not revoked). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean sessionActive(String sessionId) {
        return revocations.isActive(sessionId);
    }

    /** The public keys access tokens are signed with (JWKS), for MP JWT and other verifiers. */
    @PermitAll
    public String jwks() {
        return keys.jwks();
    }
}
