package org.clawmanager.risk.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A sample text to run the current rules against; {@code direction} defaults to request. */
public record RiskTestRequest(@NotNull @Size(max = 65_536) String text,
                              @Pattern(regexp = "request|response", message = "must be request or response")
                              String direction) {
}
