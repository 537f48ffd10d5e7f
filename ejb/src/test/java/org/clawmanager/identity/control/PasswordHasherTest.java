package org.clawmanager.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher cut = new PasswordHasher(1_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = cut.hash("correct horse battery");
        assertThat(cut.verify("correct horse battery", hash)).isTrue();
        assertThat(cut.verify("correct horse batterY", hash)).isFalse();
        assertThat(cut.verify(null, hash)).isFalse();
        assertThat(cut.verify("correct horse battery", null)).isFalse();
        assertThat(cut.verify("correct horse battery", "md5$abc")).isFalse();
    }

    @Test
    void saltsEveryHashAndRecordsTheCost() {
        String a = cut.hash("same password here");
        String b = cut.hash("same password here");
        assertThat(a).isNotEqualTo(b).startsWith("pbkdf2-sha512$1000$");
        assertThat(a.split("\\$")).hasSize(4);
    }

    @Test
    void asksForARehashWhenTheCostWasRaised() {
        String cheap = cut.hash("some long password");
        PasswordHasher stronger = new PasswordHasher(2_000);
        assertThat(stronger.needsRehash(cheap)).isTrue();
        assertThat(stronger.verify("some long password", cheap)).isTrue();
        assertThat(cut.needsRehash(cheap)).isFalse();
        assertThat(cut.needsRehash("garbage")).isTrue();
    }

    @Test
    void enforcesLengthAndVariety() {
        assertThat(PasswordHasher.checkStrength("short")).contains("at least 12");
        assertThat(PasswordHasher.checkStrength(null)).contains("at least 12");
        assertThat(PasswordHasher.checkStrength("aaaaaaaaaaaaaaaa")).contains("different");
        assertThat(PasswordHasher.checkStrength("x".repeat(257))).contains("at most");
        assertThat(PasswordHasher.checkStrength("a fine passphrase")).isNull();
    }

    @Test
    void generatedPasswordsPassThePolicyAndDiffer() {
        String one = RandomPasswords.generate();
        assertThat(PasswordHasher.checkStrength(one)).isNull();
        assertThat(one).hasSize(20).isNotEqualTo(RandomPasswords.generate());
    }
}
