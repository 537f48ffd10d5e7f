package org.clawmanager.gateway.boundary;

import org.clawmanager.gateway.control.Jsons;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clawmanager.audit.boundary.AuditEvent;
import org.clawmanager.gateway.control.CatalogLoader;
import org.clawmanager.gateway.control.OpenAiUpstream;
import org.clawmanager.gateway.control.ProviderConf;
import org.clawmanager.gateway.control.UpstreamException;
import org.clawmanager.gateway.entity.GatewayException;
import org.clawmanager.gateway.entity.ModelDeployment;
import org.clawmanager.gateway.entity.Provider;
import org.clawmanager.gateway.entity.ProviderKind;
import org.clawmanager.platform.errors.ConflictException;
import org.clawmanager.platform.errors.ErrorKind;
import org.clawmanager.platform.errors.NotFoundException;
import org.clawmanager.platform.secrets.SecretCipher;

/** Admin management of providers, model deployments and model discovery. */
@Stateless
@RolesAllowed("admin")
public class GatewayProviders {

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    SecretCipher cipher;

    @Inject
    OpenAiUpstream openai;

    @Inject
    Clock clock;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Event<GatewayChanged> changed;

    public List<ProviderView> providers() {
        return em.createQuery("SELECT p FROM Provider p ORDER BY p.name", Provider.class).getResultList().stream()
                .map(p -> ProviderView.of(p, CatalogLoader.settingsOf(p))).toList();
    }

    public ProviderView createProvider(@Valid @NotNull ProviderRequest r) {
        if (!em.createQuery("SELECT p FROM Provider p WHERE p.name = :n", Provider.class).setParameter("n", r.name())
                .getResultList().isEmpty()) {
            throw new ConflictException("provider-exists", "a provider named " + r.name() + " exists already");
        }
        Provider p = new Provider(r.name(), ProviderKind.of(r.kind()), clock.instant());
        apply(p, r);
        em.persist(p);
        em.flush();
        ProviderView view = ProviderView.of(p, CatalogLoader.settingsOf(p));
        audit.fire(AuditEvent.created("gateway.provider.create", "gateway-provider", p.id(), "created provider " + p.name(), view));
        changed.fire(GatewayChanged.CATALOG);
        return view;
    }

    public ProviderView updateProvider(long id, @Valid @NotNull ProviderRequest r) {
        Provider p = provider(id);
        if (!p.name().equals(r.name())) {
            throw new GatewayException(ErrorKind.INVALID_INPUT, "invalid-input", "name: a provider cannot be renamed");
        }
        ProviderView before = ProviderView.of(p, CatalogLoader.settingsOf(p));
        apply(p, r);
        ProviderView after = ProviderView.of(p, CatalogLoader.settingsOf(p));
        audit.fire(AuditEvent.changed("gateway.provider.update", "gateway-provider", id, "updated provider " + p.name(),
                before, after));
        changed.fire(GatewayChanged.CATALOG);
        return after;
    }

    public void deleteProvider(long id) {
        Provider p = provider(id);
        em.createQuery("DELETE FROM ModelDeployment d WHERE d.providerId = :id").setParameter("id", id).executeUpdate();
        audit.fire(AuditEvent.deleted("gateway.provider.delete", "gateway-provider", id, "deleted provider " + p.name(),
                ProviderView.of(p, CatalogLoader.settingsOf(p))));
        em.remove(p);
        changed.fire(GatewayChanged.CATALOG);
    }

    private void apply(Provider p, ProviderRequest r) {
        if (r.kind() != null && ProviderKind.of(r.kind()) != p.kind()) {
            throw new GatewayException(ErrorKind.INVALID_INPUT, "invalid-input", "kind: the kind of a provider cannot change");
        }
        if (p.kind() == ProviderKind.OPENAI && (r.baseUrl() == null || r.baseUrl().isBlank())) {
            throw new GatewayException(ErrorKind.INVALID_INPUT, "invalid-input", "baseUrl: required for openai providers");
        }
        if (r.settings() != null && r.settings().entrySet().stream()
                .anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
            throw new GatewayException(ErrorKind.INVALID_INPUT, "invalid-input",
                    "settings: must be an object of string values");
        }
        String settings = r.settings() == null ? null : Jsons.JSON.createObjectBuilder(Map.copyOf(r.settings().entrySet()
                .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> (Object) e.getValue()))))
                .build().toString();
        p.update(r.baseUrl(), r.apiVersion(), settings, r.enabled() == null || r.enabled(), clock.instant());
        if (r.apiKey() != null) {
            p.apiKeyEnc(r.apiKey().isEmpty() ? null : cipher.encrypt(r.apiKey(), p.cipherContext()));
        }
    }

    public List<ModelView> models() {
        return em.createQuery("SELECT d FROM ModelDeployment d ORDER BY d.name, d.id", ModelDeployment.class)
                .getResultList().stream().map(ModelView::of).toList();
    }

    public ModelView createModel(@Valid @NotNull ModelRequest r) {
        provider(r.providerId());
        ModelDeployment d = new ModelDeployment(r.name(), r.providerId(), clock.instant());
        apply(d, r);
        em.persist(d);
        em.flush();
        ModelView view = ModelView.of(d);
        audit.fire(AuditEvent.created("gateway.model.create", "gateway-model", d.id(), "created model " + d.name(), view));
        changed.fire(GatewayChanged.CATALOG);
        return view;
    }

    public ModelView updateModel(long id, @Valid @NotNull ModelRequest r) {
        ModelDeployment d = model(id);
        if (!d.name().equals(r.name()) || !d.providerId().equals(r.providerId())) {
            throw new GatewayException(ErrorKind.INVALID_INPUT, "invalid-input",
                    "name/providerId: create a new deployment instead of moving one");
        }
        ModelView before = ModelView.of(d);
        apply(d, r);
        ModelView after = ModelView.of(d);
        audit.fire(AuditEvent.changed("gateway.model.update", "gateway-model", id, "updated model " + d.name(), before, after));
        changed.fire(GatewayChanged.CATALOG);
        return after;
    }

    public void deleteModel(long id) {
        ModelDeployment d = model(id);
        audit.fire(AuditEvent.deleted("gateway.model.delete", "gateway-model", id, "deleted model " + d.name(), ModelView.of(d)));
        em.remove(d);
        changed.fire(GatewayChanged.CATALOG);
    }

    private static void apply(ModelDeployment d, ModelRequest r) {
        d.update(r.upstreamModel() == null || r.upstreamModel().isBlank() ? r.name() : r.upstreamModel(),
                r.kind() == null ? "chat" : r.kind(), r.weight() == null ? 1 : r.weight(),
                Boolean.TRUE.equals(r.secure()), r.fallbacks() == null ? null : String.join(",", r.fallbacks()),
                r.enabled() == null || r.enabled());
    }

    /** The provider's own model list ({@code GET /models}); the mock lists what it can serve. */
    public List<String> discover(long id) {
        Provider p = provider(id);
        if (p.kind() == ProviderKind.MOCK) {
            return List.of("mock-chat", "mock-embed", "mock-secure");
        }
        ProviderConf conf = new ProviderConf(p.id(), p.name(), p.kind(), p.baseUrl(), p.apiKeyEnc() == null ? null
                : cipher.decrypt(p.apiKeyEnc(), p.cipherContext()), p.apiVersion(), CatalogLoader.settingsOf(p));
        try {
            JsonObject o = Jsons.JSON.createReader(new StringReader(openai.listModels(conf))).readObject();
            List<String> ids = new ArrayList<>();
            for (JsonValue v : o.getJsonArray("data")) {
                ids.add(v.asJsonObject().getString("id"));
            }
            return ids;
        } catch (UpstreamException e) {
            throw new GatewayException(ErrorKind.UPSTREAM_FAILED, "discovery-failed", "model discovery failed: "
                    + e.getMessage());
        } catch (RuntimeException e) {
            throw new GatewayException(ErrorKind.UPSTREAM_FAILED, "discovery-failed",
                    "model discovery failed: the provider's model list is not an OpenAI model list");
        }
    }

    private Provider provider(long id) {
        Provider p = em.find(Provider.class, id);
        if (p == null) {
            throw new NotFoundException("gateway-provider", id);
        }
        return p;
    }

    private ModelDeployment model(long id) {
        ModelDeployment d = em.find(ModelDeployment.class, id);
        if (d == null) {
            throw new NotFoundException("gateway-model", id);
        }
        return d;
    }
}
