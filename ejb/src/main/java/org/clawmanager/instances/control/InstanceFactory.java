package org.clawmanager.instances.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.clawmanager.identity.boundary.QuotaView;
import org.clawmanager.identity.boundary.Users;
import org.clawmanager.instances.boundary.CreateInstanceRequest;
import org.clawmanager.instances.entity.InstanceType;
import org.clawmanager.instances.entity.RuntimeInstance;
import org.clawmanager.instances.entity.SizePreset;
import org.clawmanager.platform.errors.ConflictException;
import org.clawmanager.platform.errors.InvalidInputException;
import org.clawmanager.platform.errors.QuotaExceededException;
import org.clawmanager.platform.secrets.SecretCipher;
import org.clawmanager.platform.secrets.TokenHasher;
import org.clawmanager.runtimes.boundary.InstanceCredentials;
import org.clawmanager.runtimes.boundary.RuntimeDriver;

/** Creates instance rows: type and size rules, the owner's quotas, unique names, bootstrap token, gateway key. */
@ApplicationScoped
public class InstanceFactory {

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    Users users;

    @Inject
    SecretCipher cipher;

    @Inject
    RuntimeDriver driver;

    @Inject
    Instance<InstanceCredentials> credentials;

    @Inject
    Clock clock;

    /** Persists the instance (inside the caller's transaction) after checking every rule. */
    public RuntimeInstance create(long ownerId, CreateInstanceRequest r) {
        InstanceType type = InstanceType.parse(r.type()).orElseThrow(() -> new InvalidInputException("type",
                "must be one of openclaw, hermes, custom, webtop, ubuntu, debian, centos"));
        SizePreset preset = r.size() == null ? SizePreset.SMALL : SizePreset.parse(r.size()).orElseThrow(() ->
                new InvalidInputException("size", "must be one of small, medium, large, xlarge"));
        String image = r.image() != null ? r.image() : type.defaultImage();
        if (image == null && "kubernetes".equals(driver.kind())) {
            throw new InvalidInputException("image", "a custom instance needs an image");
        }
        RuntimeInstance.Resources res = new RuntimeInstance.Resources(
                r.cpuMillicores() != null ? r.cpuMillicores() : preset.cpuMillicores,
                r.memoryMiB() != null ? r.memoryMiB() : preset.memoryMiB,
                r.diskGiB() != null ? r.diskGiB() : preset.diskGiB, r.gpus() != null ? r.gpus() : 0);
        boolean custom = r.cpuMillicores() != null || r.memoryMiB() != null || r.diskGiB() != null;
        checkQuota(ownerId, res);
        Long taken = em.createQuery("SELECT COUNT(i) FROM RuntimeInstance i WHERE i.ownerId = :o AND i.name = :n",
                Long.class).setParameter("o", ownerId).setParameter("n", r.name()).getSingleResult();
        if (taken > 0) {
            throw new ConflictException("instance-name-taken", "you already have an instance named " + r.name());
        }
        Instant now = clock.instant();
        RuntimeInstance i = new RuntimeInstance(ownerId, r.name(), type, image, custom ? "custom" : preset.wire(),
                res, Json.envToJson(r.env()), r.storageClass(), driver.kind(), now);
        i.bootstrap("pending", "pending");
        em.persist(i);
        em.flush(); // the id names the tokens
        String bootstrap = AgentTokens.newBootstrapToken(i.id());
        i.bootstrap(cipher.encrypt(bootstrap, InstanceSpecs.bootstrapContext(i.id())), TokenHasher.sha256Hex(bootstrap));
        if (credentials.isResolvable()) {
            String key = credentials.get().issueGatewayKey(i.id(), ownerId, i.name());
            i.gatewaySecret(cipher.encrypt(key, InstanceSpecs.gatewayContext(i.id())));
        }
        return i;
    }

    private void checkQuota(long ownerId, RuntimeInstance.Resources res) {
        QuotaView q = users.lockQuota(ownerId); // serialises concurrent creates of this owner, on every replica
        QuotaView.Usage u = q.usage();
        if (u.instances() + 1 > q.maxInstances()) {
            throw new QuotaExceededException("instances", q.maxInstances(), u.instances(), 1);
        }
        BigDecimal cpu = QuotaView.cores(res.cpuMillicores());
        if (u.cpuCores().add(cpu).compareTo(q.maxCpuCores()) > 0) {
            throw new QuotaExceededException("cpuCores", q.maxCpuCores(), u.cpuCores(), cpu);
        }
        int memGiB = (res.memoryMiB() + 1023) / 1024;
        if (u.memoryGiB() + memGiB > q.maxMemoryGiB()) {
            throw new QuotaExceededException("memoryGiB", q.maxMemoryGiB(), u.memoryGiB(), memGiB);
        }
        if (u.storageGiB() + res.diskGiB() > q.maxStorageGiB()) {
            throw new QuotaExceededException("storageGiB", q.maxStorageGiB(), u.storageGiB(), res.diskGiB());
        }
        if (u.gpus() + res.gpus() > q.maxGpus()) {
            throw new QuotaExceededException("gpus", q.maxGpus(), u.gpus(), res.gpus());
        }
    }
}
