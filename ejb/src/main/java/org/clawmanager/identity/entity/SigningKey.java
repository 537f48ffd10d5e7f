package org.clawmanager.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An RS256 key pair for access tokens; the private half is stored encrypted with the master key. */
@Entity
@Table(name = "signing_keys")
@NamedQuery(name = SigningKey.ACTIVE, query = "SELECT k FROM SigningKey k WHERE k.retiredAt IS NULL ORDER BY k.createdAt DESC")
public class SigningKey {

    public static final String ACTIVE = "SigningKey.active";

    @Id
    private String kid;

    @Column(nullable = false)
    private String algorithm;

    @Lob
    @Column(name = "public_key", nullable = false)
    private String publicKey;

    @Lob
    @Column(name = "private_key", nullable = false)
    private String encryptedPrivateKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected SigningKey() {
    }

    public SigningKey(String kid, String publicKey, String encryptedPrivateKey, Instant now) {
        this.kid = kid;
        this.algorithm = "RS256";
        this.publicKey = publicKey;
        this.encryptedPrivateKey = encryptedPrivateKey;
        this.createdAt = now;
    }

    public String kid() {
        return kid;
    }

    public String publicKey() {
        return publicKey;
    }

    public String encryptedPrivateKey() {
        return encryptedPrivateKey;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
