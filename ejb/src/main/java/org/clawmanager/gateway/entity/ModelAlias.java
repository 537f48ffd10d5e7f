package org.clawmanager.gateway.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Another name for a public model (e.g. {@code gpt-4o} → {@code mock-chat}); callers may use either. */
@Entity
@Table(name = "gw_aliases")
public class ModelAlias {

    @Id
    private String alias;
    private String target;

    protected ModelAlias() {
    }

    public ModelAlias(String alias, String target) {
        this.alias = alias;
        this.target = target;
    }

    public void target(String target) {
        this.target = target;
    }

    public String alias() { return alias; }
    public String target() { return target; }
}
