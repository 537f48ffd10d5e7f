package org.clawmanager.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

public record RoleRequest(@NotBlank @Pattern(regexp = "admin|operator|user", message = "must be admin, operator or user")
                          String role) {
}
