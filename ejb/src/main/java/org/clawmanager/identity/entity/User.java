package org.clawmanager.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** A person who uses the console or API; local accounts carry a password hash, SSO accounts an external id. */
@Entity
@Table(name = "users")
@NamedQuery(name = User.BY_USERNAME, query = "SELECT u FROM User u WHERE u.username = :username")
@NamedQuery(name = User.COUNT_ACTIVE_ADMINS,
        query = "SELECT COUNT(u) FROM User u WHERE u.role = org.clawmanager.identity.entity.Role.ADMIN "
                + "AND u.status = org.clawmanager.identity.entity.UserStatus.ACTIVE")
public class User {

    public static final String BY_USERNAME = "User.byUsername";
    public static final String COUNT_ACTIVE_ADMINS = "User.countActiveAdmins";
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}[a-z0-9]");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UserStatus status;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "auth_provider", nullable = false)
    private String authProvider;

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Version
    private int version;

    protected User() {
    }

    public User(String username, String email, String displayName, Role role, Instant now) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username must be 3-64 lower-case letters, digits, '.', '_' or '-'");
        }
        this.username = username;
        this.email = email;
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
        this.role = Objects.requireNonNull(role);
        this.status = UserStatus.ACTIVE;
        this.authProvider = "local";
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void setPasswordHash(String hash, Instant now) {
        this.passwordHash = hash;
        this.passwordChangedAt = now;
        this.updatedAt = now;
    }

    public void changeRole(Role newRole, Instant now) {
        this.role = Objects.requireNonNull(newRole);
        this.updatedAt = now;
    }

    public void changeStatus(UserStatus newStatus, Instant now) {
        this.status = Objects.requireNonNull(newStatus);
        this.updatedAt = now;
    }

    public void changeProfile(String newEmail, String newDisplayName, Instant now) {
        this.email = newEmail;
        this.displayName = newDisplayName == null || newDisplayName.isBlank() ? username : newDisplayName;
        this.updatedAt = now;
    }

    public void recordLogin(Instant now) {
        this.lastLoginAt = now;
    }

    public boolean isActive() {
        return status == UserStatus.ACTIVE;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public UserStatus status() {
        return status;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String authProvider() {
        return authProvider;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }
}
