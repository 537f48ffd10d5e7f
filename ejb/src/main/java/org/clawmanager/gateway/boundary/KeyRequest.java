package org.clawmanager.gateway.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new user key: a name, optionally the models it may call (empty = all the owner may) and a lifetime in days. */
public record KeyRequest(@NotBlank @Size(max = 64) String name,
                         @Size(max = 50) List<@NotBlank @Size(max = 128) String> allowedModels,
                         @Positive @Max(3650) Integer expiresInDays) {
}
