package org.clawmanager.gateway.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the hot path reads, immutable and swapped as a whole when an admin changes the catalog (on every
 * replica, via the event bus): no database query per request.
 */
public record CatalogSnapshot(Map<String, List<Route>> routes, Map<String, String> aliases,
                              Map<String, List<PriceInfo>> prices, List<LimitRule> limits,
                              Map<String, Set<String>> accessLists, String secureModel) {

    public static final CatalogSnapshot EMPTY = new CatalogSnapshot(Map.of(), Map.of(), Map.of(), List.of(), Map.of(),
            null);

    /** The public model a requested name means (aliases resolved), or the name itself. */
    public String resolve(String requested) {
        String target = aliases.get(requested);
        return target != null ? target : requested;
    }

    public List<Route> routesOf(String model) {
        return routes.getOrDefault(model, List.of());
    }

    /** The price version in force at {@code at} (versions are sorted newest effective date first). */
    public PriceInfo price(String model, Instant at) {
        for (PriceInfo p : prices.getOrDefault(model, List.of())) {
            if (!p.effectiveFrom().isAfter(at)) {
                return p;
            }
        }
        return null;
    }

    /** Access list of a scope subject ("user:12", "team:3", "instance:7"); null when none is configured. */
    public Set<String> accessList(String scopeSubject) {
        return accessLists.get(scopeSubject);
    }
}
