package org.clawmanager.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new local account. Without a password one is generated and returned once. */
public record CreateUserRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,62}[a-z0-9]",
                message = "must be 3-64 lower-case letters, digits, '.', '_' or '-'") String username,
        @Email @Size(max = 254) String email,
        @Size(max = 128) String displayName,
        @Pattern(regexp = "admin|operator|user", message = "must be admin, operator or user") String role,
        @Size(max = 256) String password,
        QuotaRequest quota) {
}
