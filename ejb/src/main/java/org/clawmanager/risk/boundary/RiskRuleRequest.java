package org.clawmanager.risk.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A rule to create or (as a whole) replace. {@code pattern} is the regular expression (kind regex) or the detector
 * name (kind detector); {@code keywords} the list for kind keywords. {@code ruleId} is only read on create.
 */
public record RiskRuleRequest(
        @Pattern(regexp = "[a-z0-9][a-z0-9_.-]{1,63}", message = "must be 2-64 characters a-z 0-9 _ . -") String ruleId,
        @NotBlank @Size(max = 128) String name,
        @Size(max = 512) String description,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "must be 1-32 characters A-Z a-z 0-9 _ -") String category,
        @NotNull @Pattern(regexp = "regex|keywords|detector", message = "must be regex, keywords or detector")
        String kind,
        @Size(max = 4000) String pattern,
        @Size(max = 1000) List<@NotNull @Size(min = 1, max = 200) String> keywords,
        Boolean wholeWord,
        @NotNull @Pattern(regexp = "low|medium|high|critical", message = "must be low, medium, high or critical")
        String severity,
        @NotNull @Pattern(regexp = "allow|redact|reroute|route_secure_model|block",
                message = "must be allow, redact, reroute or block") String action,
        Boolean enabled,
        @Pattern(regexp = "both|request|response", message = "must be both, request or response") String appliesTo,
        @Min(0) @Max(1_000_000) Integer sortOrder) {
}
