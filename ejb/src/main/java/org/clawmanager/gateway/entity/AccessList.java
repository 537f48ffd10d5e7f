package org.clawmanager.gateway.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The models a user, team or instance may call (comma separated public names; aliases resolve first). */
@Entity
@Table(name = "gw_access_lists")
public class AccessList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String scope;
    private String subject;
    private String models;

    protected AccessList() {
    }

    public AccessList(String scope, String subject, String models) {
        this.scope = scope;
        this.subject = subject;
        this.models = models;
    }

    public void models(String models) {
        this.models = models;
    }

    public Long id() { return id; }
    public String scope() { return scope; }
    public String subject() { return subject; }
    public String models() { return models; }
}
