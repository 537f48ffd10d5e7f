package org.clawmanager.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.clawmanager.identity.entity.User;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signs short-lived access tokens in the shape MP JWT expects: {@code upn} names the user, {@code groups} holds
 * the role, {@code sid} ties the token to its login session so revocation takes effect at once.
 */
@ApplicationScoped
public class TokenIssuer {

    public static final String ISSUER = "clawmanager";
    public static final String AUDIENCE = "clawmanager-api";

    @Inject
    SigningKeys keys;

    @Inject
    @ConfigProperty(name = "clawmanager.auth.access-token-ttl", defaultValue = "PT15M")
    Duration accessTtl;

    public Duration accessTtl() {
        return accessTtl;
    }

    public String issue(User user, String sessionId) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(String.valueOf(user.id()));
        claims.setClaim("upn", user.username());
        claims.setStringListClaim("groups", List.of(user.role().wire()));
        claims.setClaim("sid", sessionId);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(accessTtl.toSeconds() / 60f);
        SigningKeys.ActiveKey key = keys.active();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.privateKey());
        jws.setKeyIdHeaderValue(key.kid());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign access token", e);
        }
    }
}
