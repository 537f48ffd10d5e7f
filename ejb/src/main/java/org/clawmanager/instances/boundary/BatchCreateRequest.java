package org.clawmanager.instances.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code count} instances named {@code prefix-<startIndex>} ... sharing one template (its name is ignored). */
public record BatchCreateRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}", message = "must be 1-40 letters, digits, '.', '_' or '-'") String namePrefix,
        @NotNull @Min(1) @Max(20) Integer count,
        @Min(0) @Max(100_000) Integer startIndex,
        @NotNull @Valid Template template) {

    /** Same fields as {@link CreateInstanceRequest} without the name. */
    public record Template(@NotBlank @Size(max = 16) String type, @Size(max = 255) String image, @Size(max = 16) String size,
                           @Min(100) @Max(256_000) Integer cpuMillicores, @Min(128) @Max(1_048_576) Integer memoryMiB,
                           @Min(1) @Max(10_000) Integer diskGiB, @Min(0) @Max(16) Integer gpus,
                           @Size(max = 64) java.util.Map<@NotNull @Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]{0,127}") String, @NotNull @Size(max = 4096) String> env,
                           @Size(max = 63) String storageClass) {

        CreateInstanceRequest named(String name) {
            return new CreateInstanceRequest(name, type, image, size, cpuMillicores, memoryMiB, diskGiB, gpus, env,
                    storageClass);
        }
    }
}
