package org.clawmanager.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Partial update by an admin: members left out (null) stay as they are. */
public record UpdateUserRequest(
        @Email @Size(max = 254) String email,
        @Size(max = 128) String displayName,
        @Pattern(regexp = "admin|operator|user", message = "must be admin, operator or user") String role,
        @Pattern(regexp = "active|disabled", message = "must be active or disabled") String status) {
}
