package org.clawmanager.gateway.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A deployment of a public model name on a provider. Several deployments of one name share its traffic by weight;
 * {@code fallbacks} are other public models tried when every deployment failed; {@code secure} marks the internal
 * model risk rules reroute to.
 */
public record ModelRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}", message = "must be 1-128 letters, digits or ._:/-") String name,
        @NotNull Long providerId,
        @Size(max = 128) String upstreamModel,
        @Pattern(regexp = "chat|embedding", message = "must be chat or embedding") String kind,
        @Min(0) @Max(1000) Integer weight,
        Boolean secure,
        @Size(max = 10) List<@NotBlank @Size(max = 128) String> fallbacks,
        Boolean enabled) {
}
