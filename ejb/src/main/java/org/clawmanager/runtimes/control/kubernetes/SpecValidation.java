package org.clawmanager.runtimes.control.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.clawmanager.platform.errors.InvalidInputException;
import org.clawmanager.platform.errors.InvalidInputException.FieldError;
import org.clawmanager.runtimes.boundary.RuntimeSpec;

/**
 * Rejects a spec the API server would reject half-way through an apply (after some objects were written), or that
 * would produce a broken Pod. The lifecycle validates user input first; this is the driver's own guard.
 */
final class SpecValidation {

    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,252}");
    private static final Pattern LABEL_VALUE = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern STORAGE_CLASS = Pattern.compile("[a-z0-9]([-.a-z0-9]{0,251}[a-z0-9])?");
    private static final int MAX_CONFIG_BYTES = 512 * 1024;

    private SpecValidation() {
    }

    static void check(RuntimeSpec spec) {
        List<FieldError> errors = new ArrayList<>();
        if (spec.instanceId() <= 0) {
            errors.add(new FieldError("instanceId", "must be positive"));
        }
        if (spec.ownerId() <= 0) {
            errors.add(new FieldError("ownerId", "must be positive"));
        }
        if (spec.type() == null || !LABEL_VALUE.matcher(spec.type()).matches()) {
            errors.add(new FieldError("type", "must be a lower-case name such as openclaw"));
        }
        if (spec.image() == null || spec.image().isBlank() || spec.image().chars().anyMatch(Character::isWhitespace)) {
            errors.add(new FieldError("image", "must be a container image reference"));
        }
        RuntimeSpec.Resources r = spec.resources();
        if (r == null || r.cpuMillicores() <= 0 || r.memoryMiB() <= 0 || r.diskGiB() <= 0 || r.gpus() < 0) {
            errors.add(new FieldError("resources", "cpu, memory and disk must be positive, gpus not negative"));
        }
        if (spec.storageClass() != null && !spec.storageClass().isBlank()
                && !STORAGE_CLASS.matcher(spec.storageClass()).matches()) {
            errors.add(new FieldError("storageClass", "is not a valid storage class name"));
        }
        checkNames("env", spec.env().keySet(), errors);
        checkNames("secrets", spec.secrets().keySet(), errors);
        long configBytes = spec.env().entrySet().stream()
                .mapToLong(e -> e.getKey().length() + (long) e.getValue().length()).sum();
        if (configBytes > MAX_CONFIG_BYTES) {
            errors.add(new FieldError("env", "is larger than " + MAX_CONFIG_BYTES + " bytes"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void checkNames(String field, Iterable<String> names, List<FieldError> errors) {
        for (String name : names) {
            if (name == null || !ENV_NAME.matcher(name).matches()) {
                errors.add(new FieldError(field, "'" + name + "' is not a valid environment variable name"));
            }
        }
    }
}
