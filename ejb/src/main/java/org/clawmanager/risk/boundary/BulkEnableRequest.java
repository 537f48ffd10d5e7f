package org.clawmanager.risk.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Switch several rules on or off at once (one recompilation, one audit entry per rule). */
public record BulkEnableRequest(@NotNull @Size(min = 1, max = 500) List<@NotNull String> ruleIds,
                                @NotNull Boolean enabled) {
}
