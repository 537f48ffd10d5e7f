package org.clawmanager.risk.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clawmanager.platform.sharedstate.EventBus;
import org.clawmanager.risk.entity.RiskRule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds the compiled snapshot every inspection uses. A change commits, then this replica recompiles and tells every
 * other replica over the {@link EventBus} to do the same; a periodic fingerprint check (count, revisions, last
 * update) catches a missed message. Inspections only read the volatile reference: never the database.
 */
@ApplicationScoped
public class RuleSetHolder {

    private static final Logger LOG = Logger.getLogger(RuleSetHolder.class.getName());
    public static final String TOPIC = "risk-rules-changed";

    /** Fired by the boundary inside the changing transaction; acted upon after commit. */
    public record Changed(String ruleId) {
    }

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    EventBus bus;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "clawmanager.risk.regex.max-match-chars", defaultValue = "256")
    int unboundedMatch;

    @Inject
    @ConfigProperty(name = "clawmanager.risk.regex.step-budget-per-char", defaultValue = "200")
    long budgetPerChar;

    @Inject
    @ConfigProperty(name = "clawmanager.risk.refresh-check-seconds", defaultValue = "30")
    long checkSeconds;

    private final AtomicLong versions = new AtomicLong();
    private volatile RuleSet requests;
    private volatile RuleSet responses;
    private volatile List<Object> fingerprint = List.of();
    private ScheduledFuture<?> check;

    @PostConstruct
    void init() {
        requests = compiler().compile(List.of(), 0);
        responses = requests;
        bus.subscribe(TOPIC, message -> reload());
    }

    @PreDestroy
    void stop() {
        if (check != null) {
            check.cancel(false);
        }
    }

    public RuleCompiler compiler() {
        return new RuleCompiler(new RuleCompiler.Limits(unboundedMatch, 100_000, budgetPerChar));
    }

    /** The snapshot for prompts ({@code request}) or for model output. */
    public RuleSet current(boolean request) {
        return request ? requests : responses;
    }

    /** Loads and compiles every rule; called at start, after each change and when the fingerprint moves. */
    public synchronized void reload() {
        try {
            List<Object> print = fingerprintNow();
            List<RuleDef> defs = loadDefs();
            fingerprint = print;
            long version = versions.incrementAndGet();
            RuleCompiler compiler = compiler();
            RuleSet forRequests = compiler.compile(defs, version, true);
            responses = compiler.compile(defs, version, false);
            requests = forRequests;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "risk rules reload failed, keeping the previous snapshot: " + e.getMessage());
        }
    }

    /** Starts the periodic convergence check (once, at application start). */
    public synchronized void startChecking() {
        if (check == null && checkSeconds > 0) {
            check = scheduler.scheduleWithFixedDelay(this::checkFingerprint, checkSeconds, checkSeconds,
                    TimeUnit.SECONDS);
        }
    }

    void checkFingerprint() {
        try {
            if (!Objects.equals(fingerprintNow(), fingerprint)) {
                reload();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "risk rules fingerprint check failed", e);
        }
    }

    /** The stored rules (a seam for tests that play several replicas without a database). */
    List<RuleDef> loadDefs() {
        return em.createNamedQuery(RiskRule.ALL, RiskRule.class).getResultList().stream().map(RuleSetHolder::def)
                .toList();
    }

    List<Object> fingerprintNow() {
        Object[] row = em.createNamedQuery(RiskRule.FINGERPRINT, Object[].class).getSingleResult();
        return java.util.Arrays.asList(row);
    }

    /**
     * After commit the transaction-scoped persistence context is gone on this thread, so the reload runs on a managed
     * thread; the caller waits for it, so its next inspection (on this replica) already sees the change.
     */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed changed) {
        Future<?> done = scheduler.submit(this::reload);
        bus.publish(TOPIC, changed.ruleId());
        try {
            done.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "risk rules reload after a change did not finish: " + e);
        }
    }

    public static RuleDef def(RiskRule r) {
        return new RuleDef(r.ruleId(), r.name(), r.category(), r.kind(), r.pattern(), r.keywords(), r.wholeWord(),
                r.severity(), r.action(), r.enabled(), r.appliesTo());
    }
}
