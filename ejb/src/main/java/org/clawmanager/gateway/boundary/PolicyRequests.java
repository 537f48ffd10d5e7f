package org.clawmanager.gateway.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Request bodies of the gateway policy API (aliases, prices, limits, access lists). */
public final class PolicyRequests {

    private PolicyRequests() {
    }

    public record AliasRequest(@NotBlank @Size(max = 128) String alias, @NotBlank @Size(max = 128) String target) {
    }

    /** A new price version per million tokens; {@code effectiveFrom} defaults to now, {@code cachedPerMTok} to input. */
    public record PriceRequest(@NotBlank @Size(max = 128) String model,
                               @NotNull @DecimalMin("0") @DecimalMax("1000000") BigDecimal inputPerMTok,
                               @NotNull @DecimalMin("0") @DecimalMax("1000000") BigDecimal outputPerMTok,
                               @DecimalMin("0") @DecimalMax("1000000") BigDecimal cachedPerMTok,
                               @Pattern(regexp = "[A-Z]{3}", message = "must be a 3-letter currency code") String currency,
                               Instant effectiveFrom) {
    }

    /**
     * At most {@code limit} {@code metric} per {@code period} for a scope's subject (empty or "*" = every subject of
     * the scope on its own). For metric cost the limit is an amount of money (e.g. 2.50).
     */
    public record LimitRequest(
            @NotBlank @Pattern(regexp = "key|user|team|instance|model|global", message = "must be key, user, team, instance, model or global") String scope,
            @Size(max = 128) String subject,
            @NotBlank @Pattern(regexp = "requests|tokens|cost", message = "must be requests, tokens or cost") String metric,
            @NotBlank @Pattern(regexp = "minute|hour|day|week|month", message = "must be minute, hour, day, week or month") String period,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000000") BigDecimal limit) {
    }

    public record AccessRequest(
            @NotBlank @Pattern(regexp = "user|team|instance", message = "must be user, team or instance") String scope,
            @NotBlank @Size(max = 128) String subject,
            @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 128) String> models) {
    }
}
