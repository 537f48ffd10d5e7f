package org.clawmanager.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    private final SecretCipher cut = new SecretCipher(new byte[32]);

    @Test
    void roundTripsAndNeverRepeatsACiphertext() {
        String a = cut.encrypt("sk-provider-key", "provider:1");
        String b = cut.encrypt("sk-provider-key", "provider:1");
        assertThat(a).startsWith("v1:").isNotEqualTo(b).doesNotContain("sk-provider-key");
        assertThat(cut.decrypt(a, "provider:1")).isEqualTo("sk-provider-key");
    }

    @Test
    void aCiphertextMovedToAnotherContextOrTamperedWithFailsToDecrypt() {
        String sealed = cut.encrypt("secret", "provider:1");
        assertThatThrownBy(() -> cut.decrypt(sealed, "provider:2")).isInstanceOf(IllegalStateException.class);
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cut.decrypt(tampered, "provider:1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretCipher(new byte[32]).decrypt("plain", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherMasterKeyCannotDecrypt() {
        byte[] other = new byte[32];
        other[0] = 1;
        String sealed = cut.encrypt("secret", "ctx");
        assertThatThrownBy(() -> new SecretCipher(other).decrypt(sealed, "ctx")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theEmbeddedMasterKeyIsCreatedOnceWithOwnerOnlyPermissions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("secrets/master.key");
        byte[] first = MasterKey.fromFile(file);
        byte[] second = MasterKey.fromFile(file);
        assertThat(first).hasSize(32).isEqualTo(second);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aConfiguredMasterKeyMustBe32Bytes() {
        assertThat(MasterKey.decode(Base64.getEncoder().encodeToString(new byte[32]))).hasSize(32);
        assertThatThrownBy(() -> MasterKey.decode(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void tokenHashesCompareOnlyTheRightSecret() {
        String secret = TokenHasher.newSecret("cmr_");
        assertThat(secret).startsWith("cmr_").hasSize(47);
        String hash = TokenHasher.sha256Hex(secret);
        assertThat(hash).hasSize(64).doesNotContain(secret);
        assertThat(TokenHasher.matches(secret, hash)).isTrue();
        assertThat(TokenHasher.matches(secret + "x", hash)).isFalse();
        assertThat(TokenHasher.matches(null, hash)).isFalse();
        assertThat(TokenHasher.newSecret("cmr_")).isNotEqualTo(secret);
    }
}
