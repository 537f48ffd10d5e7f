package org.clawmanager.instances.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A new instance. Only {@code name} and {@code type} are required; {@code size} picks a preset (small by default)
 * and the explicit resource fields override it.
 */
public record CreateInstanceRequest(
        @NotBlank @Pattern(regexp = NAME, message = NAME_MESSAGE) String name,
        @NotBlank @Size(max = 16) String type,
        @Size(max = 255) @Pattern(regexp = "[^\\s]+", message = "must not contain spaces") String image,
        @Size(max = 16) String size,
        @Min(100) @Max(256_000) Integer cpuMillicores,
        @Min(128) @Max(1_048_576) Integer memoryMiB,
        @Min(1) @Max(10_000) Integer diskGiB,
        @Min(0) @Max(16) Integer gpus,
        @Size(max = 64) Map<@NotNull @Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]{0,127}", message = "must be an environment variable name") String,
                @NotNull @Size(max = 4096) String> env,
        @Size(max = 63) @Pattern(regexp = "[a-z0-9]([-a-z0-9.]*[a-z0-9])?", message = "must be a storage class name") String storageClass) {

    public static final String NAME = "[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?";
    public static final String NAME_MESSAGE = "must be 1-63 letters, digits, '.', '_' or '-', starting and ending with a letter or digit";
}
