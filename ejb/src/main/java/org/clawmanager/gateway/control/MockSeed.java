package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clawmanager.gateway.boundary.GatewayChanged;
import org.clawmanager.gateway.entity.ModelAlias;
import org.clawmanager.gateway.entity.ModelDeployment;
import org.clawmanager.gateway.entity.Price;
import org.clawmanager.gateway.entity.Provider;
import org.clawmanager.gateway.entity.ProviderKind;
import org.clawmanager.platform.startup.StartupSequence;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On a first start with an empty catalog, creates the built-in mock provider with a chat model, an embeddings
 * model and the secure (internal) model risk rules reroute to, plus prices, so the gateway answers offline at once.
 * Off with {@code clawmanager.gateway.mock.seed=false}.
 */
@ApplicationScoped
public class MockSeed {

    private static final Logger LOG = Logger.getLogger(MockSeed.class.getName());

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "clawmanager.gateway.mock.seed", defaultValue = "true")
    boolean enabled;

    @Inject
    Event<GatewayChanged> changed;

    @Inject
    MockSeed self;

    void start(@Observes StartupSequence.Started started) {
        if (!enabled) {
            return;
        }
        try {
            self.seed();
        } catch (RuntimeException e) {
            // another replica seeded at the same moment (unique provider name): nothing to do
            LOG.log(Level.FINE, "mock provider seed skipped", e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void seed() {
        long providers = em.createQuery("SELECT COUNT(p) FROM Provider p", Long.class).getSingleResult();
        if (providers > 0) {
            return;
        }
        Instant now = Instant.now();
        Provider mock = new Provider("mock", ProviderKind.MOCK, now);
        mock.update(null, null, "{\"latencyMs\":\"0\",\"chunkChars\":\"8\",\"chunkDelayMs\":\"0\"}", true, now);
        em.persist(mock);
        em.flush();
        model(mock, "mock-chat", "chat", false, now);
        model(mock, "mock-embed", "embedding", false, now);
        model(mock, "mock-secure", "chat", true, now);
        em.persist(new ModelAlias("gpt-4o-mini", "mock-chat"));
        em.persist(new ModelAlias("text-embedding-3-small", "mock-embed"));
        Instant epoch = Instant.parse("2020-01-01T00:00:00Z");
        em.persist(new Price("mock-chat", new BigDecimal("0.15"), new BigDecimal("0.60"), new BigDecimal("0.075"),
                "USD", epoch, now, "system"));
        em.persist(new Price("mock-embed", new BigDecimal("0.02"), BigDecimal.ZERO, new BigDecimal("0.02"), "USD",
                epoch, now, "system"));
        em.persist(new Price("mock-secure", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, "USD", epoch, now,
                "system"));
        changed.fire(GatewayChanged.CATALOG);
        LOG.info("gateway: seeded the mock provider (mock-chat, mock-embed, mock-secure)");
    }

    private void model(Provider p, String name, String kind, boolean secure, Instant now) {
        ModelDeployment d = new ModelDeployment(name, p.id(), now);
        d.update(name, kind, 1, secure, null, true);
        em.persist(d);
    }
}
