package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.clawmanager.gateway.entity.AccessList;
import org.clawmanager.gateway.entity.GatewayLimit;
import org.clawmanager.gateway.entity.ModelAlias;
import org.clawmanager.gateway.entity.ModelDeployment;
import org.clawmanager.gateway.entity.Price;
import org.clawmanager.gateway.entity.Provider;
import org.clawmanager.platform.secrets.SecretCipher;

/** Reads the whole gateway catalog in one transaction and builds the immutable {@link CatalogSnapshot}. */
@ApplicationScoped
public class CatalogLoader {

    private static final Logger LOG = Logger.getLogger(CatalogLoader.class.getName());

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    SecretCipher cipher;

    @Transactional(Transactional.TxType.REQUIRED)
    public CatalogSnapshot load() {
        Map<Long, ProviderConf> providers = new HashMap<>();
        for (Provider p : em.createQuery("SELECT p FROM Provider p WHERE p.enabled = true", Provider.class)
                .getResultList()) {
            providers.put(p.id(), conf(p));
        }
        Map<String, List<Route>> routes = new HashMap<>();
        String secure = null;
        for (ModelDeployment d : em.createQuery("SELECT d FROM ModelDeployment d WHERE d.enabled = true ORDER BY d.id",
                ModelDeployment.class).getResultList()) {
            ProviderConf p = providers.get(d.providerId());
            if (p == null) {
                continue;
            }
            routes.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(new Route(d.id(), d.name(), p,
                    d.upstreamModel(), d.kind(), Math.max(0, d.weight()), d.secure(), csv(d.fallbacks())));
            if (d.secure() && secure == null && "chat".equals(d.kind())) {
                secure = d.name();
            }
        }
        Map<String, String> aliases = em.createQuery("SELECT a FROM ModelAlias a", ModelAlias.class).getResultList()
                .stream().collect(Collectors.toMap(ModelAlias::alias, ModelAlias::target));
        Map<String, List<PriceInfo>> prices = new HashMap<>();
        for (Price p : em.createQuery("SELECT p FROM Price p", Price.class).getResultList()) {
            prices.computeIfAbsent(p.model(), k -> new ArrayList<>()).add(new PriceInfo(p.id(), p.model(),
                    p.inputPerMTok(), p.outputPerMTok(), p.cachedPerMTok(), p.currency(), p.effectiveFrom()));
        }
        prices.values().forEach(l -> l.sort(Comparator.comparing(PriceInfo::effectiveFrom)
                .thenComparing(PriceInfo::version).reversed()));
        List<LimitRule> limits = em.createQuery("SELECT l FROM GatewayLimit l ORDER BY l.id", GatewayLimit.class)
                .getResultList().stream().map(l -> new LimitRule(l.id(), l.scope(), l.subject(), l.metric(),
                        l.period(), l.limitValue())).toList();
        Map<String, Set<String>> access = new HashMap<>();
        for (AccessList a : em.createQuery("SELECT a FROM AccessList a", AccessList.class).getResultList()) {
            access.put(a.scope() + ":" + a.subject(), Set.copyOf(csv(a.models())));
        }
        Map<String, List<Route>> frozen = new HashMap<>();
        routes.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        Map<String, List<PriceInfo>> frozenPrices = new HashMap<>();
        prices.forEach((k, v) -> frozenPrices.put(k, List.copyOf(v)));
        return new CatalogSnapshot(Map.copyOf(frozen), Map.copyOf(aliases), Map.copyOf(frozenPrices), limits,
                Map.copyOf(access), secure);
    }

    private ProviderConf conf(Provider p) {
        String key = null;
        if (p.apiKeyEnc() != null) {
            try {
                key = cipher.decrypt(p.apiKeyEnc(), p.cipherContext());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "API key of provider " + p.name() + " cannot be decrypted; calling without");
            }
        }
        return new ProviderConf(p.id(), p.name(), p.kind(), p.baseUrl(), key, p.apiVersion(), settings(p));
    }

    public static Map<String, String> settingsOf(Provider p) {
        return settings(p);
    }

    static Map<String, String> settings(Provider p) {
        if (p.settingsJson() == null || p.settingsJson().isBlank()) {
            return Map.of();
        }
        JsonObject o = Jsons.JSON.createReader(new StringReader(p.settingsJson())).readObject();
        Map<String, String> m = new HashMap<>();
        o.forEach((k, v) -> m.put(k, v.getValueType() == JsonValue.ValueType.STRING
                ? ((jakarta.json.JsonString) v).getString() : v.toString()));
        return Map.copyOf(m);
    }

    public static List<String> csv(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(s.split(",")).map(String::trim)
                .filter(x -> !x.isEmpty()).toList()));
    }
}
