package org.clawmanager.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.clawmanager.identity.entity.SigningKey;
import org.clawmanager.platform.secrets.SecretCipher;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * Token signing keys shared by all replicas through the database. The newest active key signs; every active key
 * is published in the JWKS that MP JWT validates against, so a key added by one replica is accepted by all.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Duration REFRESH = Duration.ofMinutes(1);

    /** The key that signs, in usable form. */
    public record ActiveKey(String kid, PrivateKey privateKey) {
    }

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    SecretCipher cipher;

    @Inject
    Clock clock;

    private volatile ActiveKey active;
    private volatile String jwks;
    private volatile Instant loadedAt = Instant.EPOCH;

    /** Creates the first key pair when there is none; call inside a transaction. */
    public void ensureKey() {
        if (em.createNamedQuery(SigningKey.ACTIVE, SigningKey.class).setMaxResults(1).getResultList().isEmpty()) {
            KeyPair pair = generate();
            String kid = UUID.randomUUID().toString();
            String pub = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
            String priv = cipher.encrypt(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                    "signing-key:" + kid);
            em.persist(new SigningKey(kid, pub, priv, clock.instant()));
            em.flush();
            loadedAt = Instant.EPOCH;
        }
    }

    public ActiveKey active() {
        reloadIfStale();
        if (active == null) {
            throw new IllegalStateException("no token signing key; the start-up bootstrap creates one");
        }
        return active;
    }

    /** The public keys as a JWKS document. */
    public String jwks() {
        reloadIfStale();
        return jwks;
    }

    private void reloadIfStale() {
        Instant now = clock.instant();
        if (Duration.between(loadedAt, now).compareTo(REFRESH) < 0 && jwks != null) {
            return;
        }
        synchronized (this) {
            if (Duration.between(loadedAt, now).compareTo(REFRESH) < 0 && jwks != null) {
                return;
            }
            List<SigningKey> keys = em.createNamedQuery(SigningKey.ACTIVE, SigningKey.class).getResultList();
            JsonWebKeySet set = new JsonWebKeySet();
            for (SigningKey k : keys) {
                set.addJsonWebKey(toJwk(k));
            }
            jwks = set.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
            if (!keys.isEmpty()) {
                SigningKey newest = keys.get(0);
                String pkcs8 = cipher.decrypt(newest.encryptedPrivateKey(), "signing-key:" + newest.kid());
                active = new ActiveKey(newest.kid(), privateKey(pkcs8));
            }
            loadedAt = now;
        }
    }

    private static JsonWebKey toJwk(SigningKey k) {
        try {
            RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) publicKey(k.publicKey()));
            jwk.setKeyId(k.kid());
            jwk.setAlgorithm("RS256");
            jwk.setUse("sig");
            return jwk;
        } catch (RuntimeException e) {
            throw new IllegalStateException("stored signing key " + k.kid() + " is unreadable", e);
        }
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            return gen.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
