package org.clawmanager.platform.secrets;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that encrypts secrets at rest (provider keys, channel secrets, token signing keys).
 *
 * <p>Production supplies it as {@code CLAWMANAGER_MASTER_KEY} (32 bytes, base64) from a Kubernetes Secret so
 * that every replica can decrypt what another wrote. The embedded default generates one on first start into
 * the data directory with owner-only permissions; the key itself is never logged.
 */
@ApplicationScoped
public class MasterKey {

    private static final Logger LOG = Logger.getLogger(MasterKey.class.getName());
    static final int KEY_BYTES = 32;

    @Inject
    @ConfigProperty(name = "clawmanager.master-key")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "clawmanager.data.dir")
    String dataDir;

    private byte[] key;

    @PostConstruct
    void load() {
        key = configured.filter(s -> !s.isBlank()).map(MasterKey::decode)
                .orElseGet(() -> fromFile(Path.of(dataDir, "secrets", "master.key")));
    }

    byte[] bytes() {
        return key.clone();
    }

    static byte[] decode(String base64) {
        byte[] k = Base64.getDecoder().decode(base64.trim());
        if (k.length != KEY_BYTES) {
            throw new IllegalStateException("CLAWMANAGER_MASTER_KEY must be " + KEY_BYTES + " bytes, base64-encoded");
        }
        return k;
    }

    static byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file));
            }
            Files.createDirectories(file.getParent());
            byte[] k = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(k);
            Path tmp = Files.createTempFile(file.getParent(), "master", ".tmp");
            setOwnerOnly(tmp);
            Files.writeString(tmp, Base64.getEncoder().encodeToString(k), StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.move(tmp, file); // atomic enough: a concurrent starter that loses the race re-reads the winner's key
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                Files.deleteIfExists(tmp);
                return decode(Files.readString(file));
            }
            LOG.warning("Generated a master key in " + file
                    + "; set CLAWMANAGER_MASTER_KEY when several replicas share one database");
            return k;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the master key in " + file.getParent(), e);
        }
    }

    private static void setOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // non-POSIX file systems keep their default ACLs
        }
    }
}
