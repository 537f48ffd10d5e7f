package org.clawmanager.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.clawmanager.platform.errors.RateLimitedException;
import org.clawmanager.platform.sharedstate.Counters;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: after {@code maxPerUser} failures for one username, or {@code maxPerIp} from one
 * address, within the window, logins are refused until the window ends. Counted in the shared store, so an
 * attacker gains nothing by spreading attempts over replicas.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    Counters counters;

    @Inject
    @ConfigProperty(name = "clawmanager.auth.throttle.max-failures-per-user", defaultValue = "5")
    int maxPerUser;

    @Inject
    @ConfigProperty(name = "clawmanager.auth.throttle.max-failures-per-ip", defaultValue = "50")
    int maxPerIp;

    @Inject
    @ConfigProperty(name = "clawmanager.auth.throttle.window", defaultValue = "PT15M")
    Duration window;

    public void checkAllowed(String username, String ip) {
        check(userKey(username), maxPerUser);
        if (ip != null) {
            check(ipKey(ip), maxPerIp);
        }
    }

    private void check(String key, int max) {
        if (counters.get(key) >= max) {
            throw new RateLimitedException("login-throttled",
                    "too many failed logins; try again later", counters.timeToLive(key));
        }
    }

    public void recordFailure(String username, String ip) {
        counters.increment(userKey(username), 1, window);
        if (ip != null) {
            counters.increment(ipKey(ip), 1, window);
        }
    }

    public void recordSuccess(String username) {
        counters.delete(userKey(username));
    }

    private static String userKey(String username) {
        return "login-fail:user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String ipKey(String ip) {
        return "login-fail:ip:" + ip;
    }
}
