package org.clawmanager.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.clawmanager.audit.boundary.AuditEvent;
import org.clawmanager.identity.boundary.CreateUserRequest;
import org.clawmanager.identity.boundary.CreatedUser;
import org.clawmanager.identity.boundary.QuotaRequest;
import org.clawmanager.identity.boundary.UserView;
import org.clawmanager.identity.entity.Quota;
import org.clawmanager.identity.entity.Role;
import org.clawmanager.identity.entity.User;
import org.clawmanager.platform.errors.ConflictException;
import org.clawmanager.platform.errors.InvalidInputException;

/** Creating accounts (with their quota and audit record) inside the calling boundary's transaction. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    QuotaDefaults quotaDefaults;

    @Inject
    Clock clock;

    @Inject
    Event<AuditEvent> audit;

    /** Creates an account from a validated request and a ready password hash. */
    public CreatedUser create(CreateUserRequest request, String passwordHash, String generatedPassword) {
        String username = request.username().toLowerCase(Locale.ROOT);
        if (exists(username)) {
            throw new ConflictException("username-taken", "username " + username + " is already taken");
        }
        Instant now = clock.instant();
        Role role = request.role() == null ? Role.USER : Role.parse(request.role()).orElseThrow(() ->
                new InvalidInputException("role", "must be admin, operator or user"));
        User user = new User(username, blankToNull(request.email()), request.displayName(), role, now);
        user.setPasswordHash(passwordHash, now);
        em.persist(user);
        em.flush();
        Quota.Limits limits = request.quota() == null ? quotaDefaults.forRole(role) : limits(request.quota());
        em.persist(new Quota(user.id(), limits, now));
        UserView view = UserView.of(user);
        audit.fire(AuditEvent.created("user.create", "user", user.id(), "created " + role.wire() + " " + username,
                view));
        return new CreatedUser(view, generatedPassword);
    }

    public boolean exists(String username) {
        return !em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public static Quota.Limits limits(QuotaRequest request) {
        try {
            return new Quota.Limits(request.maxInstances(), request.maxCpuCores().movePointRight(3).intValueExact(),
                    request.maxMemoryGiB(), request.maxStorageGiB(), request.maxGpus());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new InvalidInputException("quota", e.getMessage());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
