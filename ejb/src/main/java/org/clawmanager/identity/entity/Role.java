package org.clawmanager.identity.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * What a person may do. {@code admin}: everything, including users and security settings. {@code operator}:
 * runs the fleet (sees and operates every instance, reads gateway audit) but manages no people. {@code user}:
 * only their own instances, teams, keys and profile.
 */
public enum Role {
    ADMIN, OPERATOR, USER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Role r : values()) {
            if (r.wire().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
