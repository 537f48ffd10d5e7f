package org.clawmanager.platform.errors;

import java.util.Map;

/** An id that does not exist, or exists but belongs to someone the caller may not see (same answer on purpose). */
public class NotFoundException extends DomainException {

    public NotFoundException(String resource, Object id) {
        super(ErrorKind.NOT_FOUND, resource + "-not-found", resource + " " + id + " does not exist",
                Map.of("resource", resource, "id", String.valueOf(id)));
    }
}
