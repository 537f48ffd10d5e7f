package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The order in which deployments are tried: the model's deployments in a weighted random order (healthy ones
 * first, open circuits last), then the deployments of each fallback model in turn.
 */
@ApplicationScoped
public class Router {

    @Inject
    CircuitBreaker breaker;

    public List<Route> plan(CatalogSnapshot catalog, String model) {
        List<Route> plan = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> models = new ArrayList<>();
        models.add(model);
        for (int i = 0; i < models.size() && i < 8; i++) {
            String m = models.get(i);
            if (!seen.add(m)) {
                continue;
            }
            List<Route> routes = catalog.routesOf(m);
            plan.addAll(weighted(routes));
            for (Route r : routes) {
                for (String f : r.fallbacks()) {
                    if (!seen.contains(f)) {
                        models.add(catalog.resolve(f));
                    }
                }
            }
        }
        List<Route> healthy = new ArrayList<>(plan.size());
        List<Route> open = new ArrayList<>();
        for (Route r : plan) {
            (breaker.open(r.id()) ? open : healthy).add(r);
        }
        healthy.addAll(open);
        return healthy;
    }

    static List<Route> weighted(List<Route> routes) {
        if (routes.size() <= 1) {
            return routes;
        }
        List<Route> pool = new ArrayList<>(routes);
        List<Route> out = new ArrayList<>(routes.size());
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        while (!pool.isEmpty()) {
            int total = pool.stream().mapToInt(r -> Math.max(0, r.weight())).sum();
            int pick = 0;
            if (total > 0) {
                int x = rnd.nextInt(total);
                for (int i = 0; i < pool.size(); i++) {
                    x -= Math.max(0, pool.get(i).weight());
                    if (x < 0) {
                        pick = i;
                        break;
                    }
                }
            }
            out.add(pool.remove(pick));
        }
        return out;
    }
}
