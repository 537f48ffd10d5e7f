package org.clawmanager.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.clawmanager.identity.control.Accounts;
import org.clawmanager.identity.control.PasswordHasher;
import org.clawmanager.identity.control.RandomPasswords;
import org.clawmanager.identity.control.SigningKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * First start: creates the token signing key and the {@code admin} account. The password comes from
 * {@code CLAWMANAGER_ADMIN_PASSWORD}; without it a random one is generated and printed once. There is no default
 * password. Later starts (and other replicas) find both and do nothing.
 */
@Stateless
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    static final String ADMIN = "admin";

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SigningKeys signingKeys;

    @Inject
    @ConfigProperty(name = "clawmanager.admin.password")
    Optional<String> configuredPassword;

    /** Called once per start by {@link org.clawmanager.platform.startup.StartupSequence}, after the migration. */
    public void bootstrap() {
        signingKeys.ensureKey();
        if (accounts.exists(ADMIN)) {
            return;
        }
        String configured = configuredPassword.filter(p -> !p.isBlank()).orElse(null);
        String password = configured != null ? configured : RandomPasswords.generate();
        String weakness = PasswordHasher.checkStrength(password);
        if (weakness != null) {
            throw new IllegalStateException("CLAWMANAGER_ADMIN_PASSWORD " + weakness);
        }
        accounts.create(new CreateUserRequest(ADMIN, null, "Administrator", "admin", null, null),
                hasher.hash(password), null);
        if (configured != null) {
            LOG.info("Created the 'admin' account with the password from CLAWMANAGER_ADMIN_PASSWORD");
        } else {
            // printed once, on the console only: this is the only moment the password exists in clear text
            System.out.println("""

                    ==================================================================
                      ClawManager first start: created the 'admin' account.
                      One-time password:  %s
                      Log in at the console and change it under Profile.
                      (Set CLAWMANAGER_ADMIN_PASSWORD to choose it instead.)
                    ==================================================================
                    """.formatted(password));
        }
    }
}
