package org.clawmanager.gateway.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.clawmanager.gateway.entity.GatewayKey;
import org.clawmanager.platform.secrets.TokenHasher;
import org.clawmanager.runtimes.boundary.InstanceCredentials;

/**
 * Gateway keys of instances, issued and revoked by the instance lifecycle (the control plane), attributed to the
 * instance and its owner. Issuing rotates: earlier keys of the instance are revoked in the same transaction.
 */
@Stateless
@PermitAll
public class InstanceKeys implements InstanceCredentials {

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<GatewayChanged> changed;

    @Override
    public String issueGatewayKey(long instanceId, long ownerId, String instanceName) {
        Instant now = clock.instant();
        revokeAll(instanceId, now);
        String secret = TokenHasher.newSecret(GatewayKeys.PREFIX);
        String name = ("instance " + (instanceName == null ? instanceId : instanceName));
        em.persist(new GatewayKey(name.length() > 64 ? name.substring(0, 64) : name, GatewayKeys.display(secret),
                TokenHasher.sha256Hex(secret), ownerId, instanceId, null, null, now, null));
        changed.fire(GatewayChanged.KEYS);
        return secret;
    }

    @Override
    public void revokeGatewayKeys(long instanceId) {
        revokeAll(instanceId, clock.instant());
        changed.fire(GatewayChanged.KEYS);
    }

    private void revokeAll(long instanceId, Instant now) {
        em.createNamedQuery(GatewayKey.OF_INSTANCE, GatewayKey.class).setParameter("instanceId", instanceId)
                .getResultList().forEach(k -> k.revoke(now));
    }
}
