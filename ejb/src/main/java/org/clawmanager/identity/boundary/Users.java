package org.clawmanager.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clawmanager.audit.boundary.AuditEvent;
import org.clawmanager.identity.control.Accounts;
import org.clawmanager.identity.control.PasswordHasher;
import org.clawmanager.identity.control.QuotaDefaults;
import org.clawmanager.identity.control.RandomPasswords;
import org.clawmanager.identity.control.Sessions;
import org.clawmanager.identity.entity.Quota;
import org.clawmanager.identity.entity.Role;
import org.clawmanager.identity.entity.User;
import org.clawmanager.identity.entity.UserStatus;
import org.clawmanager.platform.caller.Caller;
import org.clawmanager.platform.caller.CallerContext;
import org.clawmanager.platform.errors.AccessDeniedException;
import org.clawmanager.platform.errors.ConflictException;
import org.clawmanager.platform.errors.InvalidInputException;
import org.clawmanager.platform.errors.NotFoundException;
import org.clawmanager.platform.paging.Page;
import org.clawmanager.platform.persistence.Like;

/** Accounts and quotas: admins manage everyone; every signed-in person reads and edits their own profile. */
@Stateless
@RolesAllowed("admin")
public class Users {

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    QuotaDefaults quotaDefaults;

    @Inject
    Accounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    CallerContext callerContext;

    @Inject
    Clock clock;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Instance<UsageReporter> usageReporters;

    public Page<UserView> list(String search, String role, String status, int page, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<User> q = cb.createQuery(User.class);
        Root<User> u = q.from(User.class);
        q.where(filters(cb, u, search, role, status)).orderBy(cb.asc(u.get("username")));
        List<UserView> items = em.createQuery(q).setFirstResult(page * size).setMaxResults(size).getResultList()
                .stream().map(UserView::of).toList();
        CriteriaQuery<Long> c = cb.createQuery(Long.class);
        Root<User> cu = c.from(User.class);
        c.select(cb.count(cu)).where(filters(cb, cu, search, role, status));
        return new Page<>(items, em.createQuery(c).getSingleResult(), page, size);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<User> u, String search, String role, String status) {
        List<Predicate> p = new ArrayList<>();
        if (search != null && !search.isBlank()) {
            String like = Like.contains(search.trim().toLowerCase(Locale.ROOT));
            p.add(cb.or(cb.like(u.get("username"), like, Like.ESCAPE),
                    cb.like(cb.lower(u.get("email")), like, Like.ESCAPE),
                    cb.like(cb.lower(u.get("displayName")), like, Like.ESCAPE)));
        }
        if (role != null) {
            p.add(cb.equal(u.get("role"), Role.parse(role).orElseThrow(() ->
                    new InvalidInputException("role", "must be admin, operator or user"))));
        }
        if (status != null) {
            p.add(cb.equal(u.get("status"), parseStatus(status)));
        }
        return p.toArray(Predicate[]::new);
    }

    @RolesAllowed({"admin", "operator", "user"})
    public UserView get(long id) {
        return UserView.of(visible(id));
    }

    @RolesAllowed({"admin", "operator", "user"})
    public UserView me() {
        return UserView.of(find(self()));
    }

    public CreatedUser create(@Valid @NotNull CreateUserRequest request) {
        String generated = request.password() == null || request.password().isEmpty() ? RandomPasswords.generate() : null;
        String password = generated != null ? generated : request.password();
        String weakness = PasswordHasher.checkStrength(password);
        if (weakness != null) {
            throw new InvalidInputException("password", weakness);
        }
        return accounts.create(request, hasher.hash(password), generated);
    }

    public UserView update(long id, @Valid @NotNull UpdateUserRequest request) {
        User user = find(id);
        UserView before = UserView.of(user);
        Instant now = clock.instant();
        if (request.email() != null || request.displayName() != null) {
            user.changeProfile(request.email() != null ? blankToNull(request.email()) : user.email(),
                    request.displayName() != null ? request.displayName() : user.displayName(), now);
        }
        boolean endSessions = false;
        if (request.role() != null) {
            Role role = Role.parse(request.role()).orElseThrow();
            if (role != user.role()) {
                guardLastAdmin(user, "change the role of");
                user.changeRole(role, now);
                endSessions = true;
            }
        }
        if (request.status() != null) {
            UserStatus status = parseStatus(request.status());
            if (status != user.status()) {
                if (status == UserStatus.DISABLED) {
                    guardSelf(user, "disable");
                    guardLastAdmin(user, "disable");
                    endSessions = true;
                }
                user.changeStatus(status, now);
            }
        }
        if (endSessions) {
            sessions.revokeAllOf(user.id(), "account-changed");
        }
        UserView after = UserView.of(user);
        audit.fire(AuditEvent.changed("user.update", "user", id, "updated " + user.username(), before, after));
        return after;
    }

    public UserView changeRole(long id, @Valid @NotNull RoleRequest request) {
        return update(id, new UpdateUserRequest(null, null, request.role(), null));
    }

    public void delete(long id) {
        User user = find(id);
        guardSelf(user, "delete");
        guardLastAdmin(user, "delete");
        UserView before = UserView.of(user);
        sessions.revokeAllOf(user.id(), "account-deleted");
        Quota quota = em.find(Quota.class, id);
        if (quota != null) {
            em.remove(quota);
        }
        em.remove(user);
        audit.fire(AuditEvent.deleted("user.delete", "user", id, "deleted " + user.username(), before));
    }

    @RolesAllowed({"admin", "operator", "user"})
    public UserView updateMe(@Valid @NotNull ProfileRequest request) {
        User user = find(self());
        UserView before = UserView.of(user);
        user.changeProfile(request.email() != null ? blankToNull(request.email()) : user.email(),
                request.displayName() != null ? request.displayName() : user.displayName(), clock.instant());
        UserView after = UserView.of(user);
        audit.fire(AuditEvent.changed("user.profile.update", "user", user.id(), "updated own profile", before, after));
        return after;
    }

    @RolesAllowed({"admin", "operator", "user"})
    public QuotaView myQuota() {
        return quota(self());
    }

    @RolesAllowed({"admin", "operator", "user"})
    public QuotaView quota(long userId) {
        visible(userId);
        return QuotaView.of(quotaOf(userId), usage(userId));
    }

    /**
     * The quota and usage of a user with the user's row locked (PESSIMISTIC_WRITE, {@code SELECT ... FOR UPDATE})
     * until the caller's transaction ends: every replica that creates something for the same user waits here, so
     * check-then-insert against the quota is atomic. The user row, not the quota row, because the quota row may not
     * exist yet (accounts provisioned before quotas existed).
     */
    @RolesAllowed({"admin", "operator", "user"})
    public QuotaView lockQuota(long userId) {
        em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE); // first: the reads below see committed rows
        visible(userId);
        return QuotaView.of(quotaOf(userId), usage(userId));
    }

    public QuotaView updateQuota(long userId, @Valid @NotNull QuotaRequest request) {
        User user = find(userId);
        Quota quota = quotaOf(userId);
        QuotaView before = QuotaView.of(quota, QuotaView.Usage.NONE);
        quota.apply(Accounts.limits(request), clock.instant());
        QuotaView after = QuotaView.of(quota, usage(userId));
        audit.fire(AuditEvent.changed("user.quota.update", "user", userId, "quota of " + user.username(), before,
                QuotaView.of(quota, QuotaView.Usage.NONE)));
        return after;
    }

    private Quota quotaOf(long userId) {
        Quota quota = em.find(Quota.class, userId);
        if (quota == null) { // accounts provisioned before quotas existed get the defaults
            quota = new Quota(userId, quotaDefaults.forRole(find(userId).role()), clock.instant());
            em.persist(quota);
        }
        return quota;
    }

    private QuotaView.Usage usage(long userId) {
        return usageReporters.isResolvable() ? usageReporters.get().usageOf(userId) : QuotaView.Usage.NONE;
    }

    private User visible(long id) {
        Caller caller = callerContext.get();
        if (!caller.isAdmin() && (caller.userId() == null || caller.userId() != id)) {
            throw new NotFoundException("user", id); // same answer as a missing id: no probing for accounts
        }
        return find(id);
    }

    private User find(long id) {
        User user = em.find(User.class, id);
        if (user == null) {
            throw new NotFoundException("user", id);
        }
        return user;
    }

    private long self() {
        Long id = callerContext.get().userId();
        if (id == null) {
            throw new AccessDeniedException("only people have a profile");
        }
        return id;
    }

    private void guardSelf(User user, String verb) {
        if (user.id().equals(callerContext.get().userId())) {
            throw new ConflictException("cannot-modify-self", "you cannot " + verb + " your own account");
        }
    }

    private void guardLastAdmin(User user, String verb) {
        if (user.role() == Role.ADMIN && user.isActive()
                && em.createNamedQuery(User.COUNT_ACTIVE_ADMINS, Long.class).getSingleResult() <= 1) {
            throw new ConflictException("last-admin", "cannot " + verb + " the last active admin");
        }
    }

    private static UserStatus parseStatus(String status) {
        try {
            return UserStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "must be active or disabled");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
