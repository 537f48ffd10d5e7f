package org.clawmanager.gateway.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An upstream the gateway forwards to. The API key is stored only encrypted (context {@code gw-provider:<name>}). */
@Entity
@Table(name = "gw_providers")
public class Provider {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String kind;
    @Column(name = "base_url")
    private String baseUrl;
    @Column(name = "api_key_enc")
    private String apiKeyEnc;
    @Column(name = "api_version")
    private String apiVersion;
    @Column(name = "settings_json")
    private String settingsJson;
    private boolean enabled;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Provider() {
    }

    public Provider(String name, ProviderKind kind, Instant now) {
        this.name = name;
        this.kind = kind.wire();
        this.enabled = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void update(String baseUrl, String apiVersion, String settingsJson, boolean enabled, Instant now) {
        this.baseUrl = baseUrl;
        this.apiVersion = apiVersion;
        this.settingsJson = settingsJson;
        this.enabled = enabled;
        this.updatedAt = now;
    }

    public void apiKeyEnc(String encrypted) {
        this.apiKeyEnc = encrypted;
    }

    public String cipherContext() {
        return "gw-provider:" + name;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public ProviderKind kind() { return ProviderKind.of(kind); }
    public String baseUrl() { return baseUrl; }
    public String apiKeyEnc() { return apiKeyEnc; }
    public String apiVersion() { return apiVersion; }
    public String settingsJson() { return settingsJson; }
    public boolean enabled() { return enabled; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
