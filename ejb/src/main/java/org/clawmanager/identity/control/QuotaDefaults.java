package org.clawmanager.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.clawmanager.identity.entity.Quota;
import org.clawmanager.identity.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Limits a new account starts with, per role (ClawManager's defaults: 10/40/100/500/2 and 100/200/1000/5000/10). */
@ApplicationScoped
public class QuotaDefaults {

    @Inject
    @ConfigProperty(name = "clawmanager.quota.default.user", defaultValue = "10,40000,100,500,2")
    String user;

    @Inject
    @ConfigProperty(name = "clawmanager.quota.default.privileged", defaultValue = "100,200000,1000,5000,10")
    String privileged;

    public Quota.Limits forRole(Role role) {
        return parse(role == Role.USER ? user : privileged);
    }

    /** "instances,cpuMillicores,memoryGiB,storageGiB,gpus". */
    static Quota.Limits parse(String spec) {
        String[] p = spec.split(",");
        if (p.length != 5) {
            throw new IllegalArgumentException("quota default must have 5 comma-separated numbers: " + spec);
        }
        return new Quota.Limits(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()),
                Integer.parseInt(p[2].trim()), Integer.parseInt(p[3].trim()), Integer.parseInt(p[4].trim()));
    }
}
