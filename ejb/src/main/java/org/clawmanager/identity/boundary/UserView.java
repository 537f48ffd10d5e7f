package org.clawmanager.identity.boundary;

import java.time.Instant;
import org.clawmanager.identity.entity.User;

/** What the API shows of a user. Never the password hash. */
public record UserView(long id, String username, String email, String displayName, String role, String status,
                       String authProvider, Instant createdAt, Instant updatedAt, Instant lastLoginAt,
                       Instant passwordChangedAt) {

    public static UserView of(User u) {
        return new UserView(u.id(), u.username(), u.email(), u.displayName(), u.role().wire(),
                u.status().name().toLowerCase(java.util.Locale.ROOT), u.authProvider(), u.createdAt(), u.updatedAt(),
                u.lastLoginAt(), u.passwordChangedAt());
    }
}
