package org.clawmanager.platform.errors;

import java.util.Map;

/** A request would take a user over one of their quotas; names the quota, the limit and what was asked. */
public class QuotaExceededException extends DomainException {

    public QuotaExceededException(String quota, Number limit, Number used, Number requested) {
        super(ErrorKind.QUOTA_EXCEEDED, "quota-exceeded",
                "quota " + quota + " exceeded: limit " + limit + ", in use " + used + ", requested " + requested,
                Map.of("quota", quota, "limit", limit, "used", used, "requested", requested));
    }
}
