package org.clawmanager.identity.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.clawmanager.identity.entity.Quota;

/** New limits for a user; all five are required so a quota is never half-updated. */
public record QuotaRequest(
        @NotNull @Min(0) @Max(Quota.MAX_INSTANCES) Integer maxInstances,
        @NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 3) BigDecimal maxCpuCores,
        @NotNull @Min(0) @Max(Quota.MAX_GIB) Integer maxMemoryGiB,
        @NotNull @Min(0) @Max(Quota.MAX_GIB) Integer maxStorageGiB,
        @NotNull @Min(0) @Max(Quota.MAX_GPUS) Integer maxGpus) {
}
