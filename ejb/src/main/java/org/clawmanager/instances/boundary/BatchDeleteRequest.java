package org.clawmanager.instances.boundary;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Instances to delete at once; each id is checked like a single delete (unknown or foreign ids fail the batch). */
public record BatchDeleteRequest(@NotNull @NotEmpty @Size(max = 100) List<@NotNull Long> ids) {
}
